# os.path basics.
import os

print(os.path.join("a", "b", "/c", "d"), os.path.join("x/", "y"))
print(os.path.splitext("x/.bashrc"), os.path.splitext("a/b.tar.gz"))
print(os.path.dirname("/a/b/c"), os.path.basename("/a/b"), os.path.split("/a/b"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.normpath("a//b/../c/."))
print(os.path.exists("/"), os.path.isdir("/"), os.path.isfile("/"))
os.environ["GOWSGI_ORACLE"] = "yes"
print(os.environ["GOWSGI_ORACLE"])
