def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] questions/broken.md:5:1: error: no prompt; write the question to answer as a paragraph in bold (**…**) before the options')
assert log.contains('[ERROR] questions/typo.md:2:1: error: unknown front matter key `titel`; did you mean `title`?')
assert log.contains('2 errors, 0 warnings')
assert log.contains('The quiz site was not built: 2 errors, 0 warnings (listed above). The previous site, if any, is unchanged.')
assert !log.contains('at dev.quizsite') : 'a user mistake must not print a stack trace'
assert new File(basedir, 'site-out/index.html').text == '<p>OLD SITE</p>\n'
assert !new File(basedir, '.site-out.partial').exists()
