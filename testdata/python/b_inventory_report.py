# Realistic: inventory processing with dicts, sets, sorting, formatting
raw = """sku,name,category,qty,price
A100,Widget,tools,12,2.50
A101,Gadget,tools,0,10.00
B200,Apple,food,150,0.35
B201,Banana,food,80,0.25
C300,Notebook,office,40,3.10
C301,Pen,office,500,0.99
A102,Hammer,tools,7,15.75
B202,Cherry,food,0,4.20"""
lines = raw.splitlines()
header = lines[0].split(",")
items = []
for line in lines[1:]:
    rec = dict(zip(header, line.split(",")))
    rec["qty"] = int(rec["qty"])
    rec["price"] = float(rec["price"])
    items.append(rec)
print(len(items), header)
by_cat = {}
for it in items:
    by_cat.setdefault(it["category"], []).append(it)
for cat in sorted(by_cat):
    group = by_cat[cat]
    value = sum(i["qty"] * i["price"] for i in group)
    print(f"{cat:<8}{len(group):>3} items  value={value:>9,.2f}  skus={','.join(sorted(i['sku'] for i in group))}")
out_of_stock = {i["sku"] for i in items if i["qty"] == 0}
low = {i["sku"] for i in items if i["qty"] < 10}
print(sorted(out_of_stock), sorted(low - out_of_stock), sorted(low & out_of_stock), len(low | out_of_stock))
ranked = sorted(items, key=lambda i: (-i["qty"] * i["price"], i["name"]))
for pos, it in enumerate(ranked[:3], 1):
    print("%d. %-10s %6.2f" % (pos, it["name"], it["qty"] * it["price"]))
cheapest = min(items, key=lambda i: i["price"])
priciest = max(items, key=lambda i: i["price"])
print(cheapest["name"], priciest["name"], max((i for i in items if i["category"] == "toys"), key=len, default=None))
totals = {cat: round(sum(i["qty"] for i in g), 2) for cat, g in by_cat.items()}
print(totals, sum(totals.values()), dict(sorted(totals.items(), key=lambda kv: kv[1])))
price_index = {i["sku"]: i["price"] for i in items}
updates = {"A100": 2.75, "Z999": 1.00}
unknown = updates.keys() - price_index.keys()
price_index.update((k, v) for k, v in updates.items() if k in price_index)
print(sorted(unknown), price_index["A100"], len(price_index))
counts = {}
for it in items:
    first = it["name"][0]
    counts[first] = counts.get(first, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
table = [["SKU", "Name", "Qty"]] + [[i["sku"], i["name"], str(i["qty"])] for i in items[:4]]
widths = [max(len(row[c]) for row in table) for c in range(3)]
for row in table:
    print(" | ".join(cell.ljust(w) if c < 2 else cell.rjust(w) for c, (cell, w) in enumerate(zip(row, widths))))
restock = [(i["sku"], max(0, 20 - i["qty"])) for i in items if i["qty"] < 20]
print(restock, sum(q for _, q in restock), any(q > 15 for _, q in restock), all(q > 0 for _, q in restock))
