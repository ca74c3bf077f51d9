# variable and function annotations at module, class and function level

x: int = 5
y: 'list[str]'
print(x, __annotations__ if '__annotations__' in globals() else 'n/a')

class Config:
    host: str = 'localhost'
    port: int = 8080
    debug: bool

print(Config.host, Config.port, hasattr(Config, 'debug'))
print(sorted(Config.__annotations__))
print({k: v.__name__ for k, v in Config.__annotations__.items()})

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
exec('z: float = 1.5\nw = z * 2', ns)
print(ns['z'], ns['w'], ns.get('__annotations__'))
