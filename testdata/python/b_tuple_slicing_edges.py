# tuple slicing with empty ranges, list slice assignment with start > stop
t = (1, 2, 3, 4, 5)
for i, j in ((2, 1), (-1, 1), (3, 1), (5, 0), (4, 4), (1, 3), (-100, 2), (2, 100)):
    print(i, j, t[i:j], t[j:i], list(t)[i:j], "abcde"[i:j])
def window(seq, start, size):
    return seq[start:start + size] if size >= 0 else seq[start + size:start]
print(window(t, 1, 2), window(t, 3, -2), window(t, 0, -1), window(t, 4, 0))
x = [1, 2, 3, 4, 5, 6]
x[5:2] = [0]
print(x)
y = [1, 2, 3]
y[3:0] = ["end"]
y[2:1] = ["mid"]
print(y)
z = list(range(5))
del z[4:1]
print(z)
w = [1, 2]
w[1:] = w
v = [1, 2, 3]
v[:0] = v
print(w, v)
