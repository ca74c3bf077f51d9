# Ordering of tuples and lists, sorted() and list.sort().
print((1, 2) < (1, 3), (1, 2) >= (1, 2, 0), [1, "a"] < [1, "b"], (2,) > (1, 9))
pairs = [(2, "b"), (1, "z"), (2, "a")]
print(sorted(pairs), sorted(pairs, reverse=True))
print(sorted(["b", "A", "c"], key=str.lower), sorted([3, 1, 2], reverse=True))
words = ["pear", "fig", "apple", "kiwi"]
words.sort(key=len)
print(words)
words.sort()
print(words)
print(max([(1, "a"), (3, "b"), (2, "c")]), min((5, 1), (5, 0)))
