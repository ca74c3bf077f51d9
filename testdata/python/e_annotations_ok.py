# variable and function annotations at module, class and function level

x: int = 5
y: 'list[str]'
print(x)

class Config:
    host: str = 'localhost'
    port: int = 8080
    debug: bool

print(Config.host, Config.port, hasattr(Config, 'debug'))

def greet(name: str, times: int = 1) -> str:
    return ', '.join([f'hi {name}'] * times)

print(greet('ann', 2))
print(sorted(greet.__annotations__), greet.__annotations__['return'].__name__)

def local_ann():
    count: int = 0
    label: str
    count += 3
    return count

print(local_ann())
try:
    print(Config.debug)
except AttributeError as e:
    print(type(e).__name__, e)
ns = {}
exec('z = 1.5\nw = z * 2', ns)
print(ns['z'], ns['w'])
