import json
config = {'name': 'app', 'debug': False, 'ports': [80, 443], 'limits': {'rps': 10.5, 'burst': None}, 'tags': ('a', 'b')}
text = json.dumps(config, indent=2, sort_keys=True)
print(text)
back = json.loads(text)
print(back['ports'], back['limits'], back['tags'], back == json.loads(json.dumps(back)))
print(json.dumps('unicode: ü', ensure_ascii=False), json.dumps([1.0, 2, 3.5e20, -0.0]))
