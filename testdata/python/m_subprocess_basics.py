# subprocess: run/check_output/Popen with pipes, text mode, errors and timeouts
import subprocess, sys, os

r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
print(repr(r))
r = subprocess.run('echo out; echo err >&2; exit 3', shell=True, capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print('CPE', e.returncode, e.cmd, repr(e.stdout), repr(e.stderr), str(e))
print(subprocess.check_output(['printf', 'a\\nb\\n']))
print(subprocess.check_output('printf "x\\r\\ny"', shell=True, text=True).split('\n'))
print(subprocess.run(['cat'], input=b'piped in', capture_output=True).stdout)
print(subprocess.run(['tr', 'a-z', 'A-Z'], input='text mode', capture_output=True, text=True).stdout)
print(subprocess.call(['true']), subprocess.call(['false']), subprocess.check_call(['true']))
try:
    subprocess.check_call(['sh', '-c', 'exit 7'])
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e.returncode, e.cmd, e)
try:
    subprocess.check_output('exit 2', shell=True)
except subprocess.CalledProcessError as e:
    print(e, repr(e.output))
print(subprocess.getstatusoutput('echo hi; exit 4'))
print(repr(subprocess.getoutput('echo one; echo two')))
r = subprocess.run(['sh', '-c', 'echo $GOWSGI_T; pwd'], env={'GOWSGI_T': 'from env', 'PATH': os.environ['PATH']}, cwd='/', stdout=subprocess.PIPE)
print(r.stdout)
r = subprocess.run('echo both; echo err 1>&2', shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(r.stdout.split()), r.stderr)
r = subprocess.run(['echo', 'gone'], stdout=subprocess.DEVNULL)
print(r.stdout, r.returncode)

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b'line1\nline2\n')
print(out, err, p.returncode, p.pid > 0, p.poll())
with subprocess.Popen(['sh', '-c', 'echo a; echo b; echo c'], stdout=subprocess.PIPE, text=True) as p:
    lines = [l for l in p.stdout]
print(lines, p.returncode)
p = subprocess.Popen(['sh', '-c', 'read x; echo got:$x'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b'value\n')
p.stdin.close()
print(p.stdout.read(), p.wait())
p = subprocess.Popen(['printf', 'abcdef'], stdout=subprocess.PIPE)
print(p.stdout.read(2), p.stdout.read(3), p.stdout.read(), p.stdout.read(), p.wait())
print(repr(subprocess.Popen(['true'])).startswith('<Popen: returncode: None args: '))

p = subprocess.Popen(['sleep', '5'])
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.cmd, e.timeout, e)
p.kill()
print(p.wait())
p = subprocess.Popen(['sleep', '5'])
p.terminate()
print(p.wait())
try:
    subprocess.run(['sleep', '5'], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print('run timeout', e.cmd, round(e.timeout, 1), e.stdout)
try:
    subprocess.run(['sh', '-c', 'echo partial; sleep 5'], timeout=0.3, capture_output=True)
except subprocess.TimeoutExpired as e:
    print('partial', e.stdout)

try:
    subprocess.run(['no-such-program-xyz'])
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror, e.filename, e)
try:
    subprocess.run(['ls'], cwd='/no/such/dir')
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename, e)
try:
    subprocess.run(['/etc/passwd'])
except PermissionError as e:
    print('PermissionError', e.errno, e)
try:
    subprocess.run(['cat'], input=b'x', stdin=subprocess.PIPE)
except ValueError as e:
    print('ValueError', e)
try:
    subprocess.run(['true'], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print('ValueError', e)
try:
    subprocess.check_output(['true'], stdout=subprocess.PIPE)
except ValueError as e:
    print('ValueError', e)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError), issubclass(subprocess.TimeoutExpired, Exception))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(subprocess.CompletedProcess(['x'], 0))
