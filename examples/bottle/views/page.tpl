<h1>{{title}}</h1>
<ul>
% for item in items:
  <li>{{item}}</li>
% end
</ul>
% if not items:
<p>no items</p>
% end
