# Realistic: gradebook with zip/enumerate/sorted/min/max/sum/round/format
students = ["ana", "ben", "cho", "dee", "eli"]
scores = {
    "math": [88, 92, 79, 65, 95],
    "physics": [72, 85, 91, 58, 89],
    "history": [95, 70, 84, 77, 80],
}
weights = {"math": 0.4, "physics": 0.35, "history": 0.25}
assert abs(sum(weights.values()) - 1.0) < 1e-9
def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"
report = []
for i, name in enumerate(students):
    per = {subj: marks[i] for subj, marks in scores.items()}
    weighted = sum(per[s] * w for s, w in weights.items())
    report.append((name, per, round(weighted, 2)))
header = f"{'name':<6}" + "".join(f"{s[:4]:>6}" for s in scores) + f"{'avg':>8}{'grade':>6}"
print(header)
print("-" * len(header))
for name, per, avg in sorted(report, key=lambda r: (-r[2], r[0])):
    print(f"{name.title():<6}" + "".join(f"{per[s]:>6d}" for s in scores) + f"{avg:>8.2f}{letter(avg):>6}")
for subj, marks in scores.items():
    mean = sum(marks) / len(marks)
    var = sum((m - mean) ** 2 for m in marks) / len(marks)
    best = max(zip(marks, students))
    worst = min(zip(marks, students))
    print(f"{subj:<8} mean={mean:6.2f} sd={var ** 0.5:5.2f} best={best[1]}({best[0]}) worst={worst[1]}({worst[0]})")
dist = {}
for _, _, avg in report:
    dist[letter(avg)] = dist.get(letter(avg), 0) + 1
print(dict(sorted(dist.items())), sum(dist.values()) == len(students))
passed = [name for name, per, avg in report if all(v >= 60 for v in per.values())]
honors = [name for name, per, avg in report if any(v >= 95 for v in per.values())]
print(passed, honors, sorted(set(passed) - set(honors)))
ranks = {name: pos for pos, (name, _, _) in enumerate(sorted(report, key=lambda r: -r[2]), start=1)}
print(ranks, max(ranks, key=ranks.get), min(ranks.values()))
curve = {s: [min(100, m + 5) for m in marks] for s, marks in scores.items()}
print({s: sum(m) - sum(scores[s]) for s, m in curve.items()})
transposed = list(zip(*scores.values()))
print(transposed[0], [sum(t) for t in transposed], list(map(max, zip(*transposed))))
print("%-5s|%5.1f%%|%s" % ("ana", 100 * report[0][2] / 100, "*" * int(report[0][2] // 10)))
