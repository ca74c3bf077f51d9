s = 'The Quick Brown Fox'
print(s.lower(), s.upper(), s.swapcase(), s.title(), s.split(), '-'.join(s.split()), s[::2], s.count('o'))
print(''.join(reversed(s)), ' '.join(w[::-1] for w in s.split()), s.replace(' ', ''), s.find('Fox'), s.partition(' '))
vowels = sum(1 for ch in s.lower() if ch in 'aeiou')
print(vowels, sorted(set(s.lower()) - set(' ')), {ch: s.lower().count(ch) for ch in 'aeiou'})
print(s.center(30, '*'), s.ljust(25, '.') + '|', s.rjust(25) + '|', 'x'.join('abc'))
print('%s has %d chars and %.1f%% vowels' % (s, len(s), 100.0 * vowels / len(s)))
