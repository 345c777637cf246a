def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] quizsite.yml:1:1: error: unknown key `titel`; did you mean `title`?')
assert log.contains('[ERROR] quizsite.yml:2:10: error: `shuffle` must be true or false, not `maybe`')
assert log.contains('2 errors, 0 warnings')
assert log.contains('The quiz site was not built: 2 errors, 0 warnings (listed above).')
assert !log.contains('at dev.quizsite') : 'a user mistake must not print a stack trace'
assert !new File(basedir, 'target/quizsite').exists()
