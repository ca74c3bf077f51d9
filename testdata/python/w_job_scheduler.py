# A priority-queue job scheduler using heapq: priorities, delays, retries, cancellation, a fake clock.
import heapq
import itertools

class Job:
    def __init__(self, name, fn, priority=5, run_at=0, max_retries=0):
        self.name, self.fn, self.priority, self.run_at = name, fn, priority, run_at
        self.max_retries, self.attempts, self.cancelled = max_retries, 0, False
    def __repr__(self):
        return 'Job(%s, p=%d, at=%d)' % (self.name, self.priority, self.run_at)

class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = itertools.count()
        self.now = 0
        self.done, self.failed = [], []
        self.by_name = {}
    def submit(self, job):
        heapq.heappush(self.queue, (job.run_at, job.priority, next(self.counter), job))
        self.by_name[job.name] = job
        return job
    def cancel(self, name):
        job = self.by_name.get(name)
        if job and not job.cancelled:
            job.cancelled = True
            return True
        return False
    def run(self, until=100):
        while self.queue and self.queue[0][0] <= until:
            run_at, prio, seq, job = heapq.heappop(self.queue)
            if job.cancelled:
                print('  t=%3d skip %s (cancelled)' % (run_at, job.name))
                continue
            self.now = max(self.now, run_at)
            job.attempts += 1
            try:
                result = job.fn(self)
            except Exception as e:
                if job.attempts <= job.max_retries:
                    job.run_at = self.now + 2 ** job.attempts
                    print('  t=%3d %s failed (%s), retry at %d' % (self.now, job.name, e, job.run_at))
                    self.submit(job)
                else:
                    print('  t=%3d %s gave up after %d attempts' % (self.now, job.name, job.attempts))
                    self.failed.append(job.name)
                continue
            print('  t=%3d ran %s (p%d) -> %r' % (self.now, job.name, prio, result))
            self.done.append(job.name)
        return len(self.queue)

flaky_state = {'calls': 0}
def flaky(s):
    flaky_state['calls'] += 1
    if flaky_state['calls'] < 3:
        raise RuntimeError('timeout #%d' % flaky_state['calls'])
    return 'ok on call %d' % flaky_state['calls']

def spawner(s):
    s.submit(Job('child', lambda s: 'child at %d' % s.now, priority=0, run_at=s.now + 1))
    return 'spawned'

sched = Scheduler()
sched.submit(Job('low', lambda s: 'low', priority=9))
sched.submit(Job('high', lambda s: 'high', priority=1))
sched.submit(Job('also-high', lambda s: sum(range(10)), priority=1))
sched.submit(Job('later', lambda s: 'later', run_at=10))
sched.submit(Job('flaky', flaky, priority=3, max_retries=3))
sched.submit(Job('doomed', lambda s: 1 // 0, run_at=1, max_retries=1))
sched.submit(Job('spawner', spawner, run_at=5))
sched.submit(Job('never', lambda s: 'never', run_at=7))
sched.submit(Job('far', lambda s: 'far', run_at=500))
print(sched.cancel('never'), sched.cancel('never'), sched.cancel('ghost'))
left = sched.run(until=50)
print('done:', sched.done)
print('failed:', sched.failed, 'left:', left, sched.queue[0][3])
nums = [5, 1, 8, 3, 9, 2, 7]
heapq.heapify(nums)
print(nums[0], heapq.nsmallest(3, nums), heapq.nlargest(2, nums), [heapq.heappop(nums) for _ in range(3)])
print(heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), sorted(nums), list(heapq.merge([1, 4, 9], [2, 3, 10])))
print(heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len), heapq.nlargest(2, [(1, 'x'), (3, 'y'), (2, 'z')]))
