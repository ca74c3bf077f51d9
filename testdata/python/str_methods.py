# str methods gpython lacked.
s = "Hello, World"
print(s.lower(), s.upper(), s.swapcase(), "abc def".title(), "hello".capitalize())
print(s.partition(", "), s.rpartition("o"), "a b  c".split(), "a,b,c".rsplit(",", 1))
print("x\ny\r\nz".splitlines(), "x\ny".splitlines(True), ", ".join(["a", "b"]))
print(s.find("o"), s.rfind("o"), s.index("W"), s.count("l"), "aaa".count("a"))
print("42".isdigit(), "4a".isdigit(), "abc".isalpha(), "a1".isalnum(), " \t".isspace(), "abc".islower(), "ABC".isupper())
print("ab".center(6, "*"), "7".zfill(3), "-7".zfill(4), "x".ljust(3) + "|", "x".rjust(3))
print("my_var".isidentifier(), "1x".isidentifier())
print(str.join("-", ["x", "y"]), str.upper("q"))
