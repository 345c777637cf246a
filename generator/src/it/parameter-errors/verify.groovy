// Regression: a bad parameter failed the build at once with its own message, before the course was
// even read; now every parameter's mistake is a problem of the build, reported with the others.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] pom.xml: error: <linksConnectTimeout> (quizsite.links.connectTimeout) is `five seconds`, not a duration; write it like 500ms, 5s, 2m, 12h or 1d')
assert log.contains('[ERROR] pom.xml: error: <linksFailOn> (quizsite.links.failOn) is `brokn`; use one of none, broken, blocked, transient, redirected')
assert log.contains('[ERROR] pom.xml: error: <linksIgnore> (quizsite.links.ignore) `[unclosed` is not a regular expression (Unclosed character class at character 9)')
assert log.contains('[ERROR] pom.xml: error: <baseUrl> (quizsite.baseUrl): the base URL must be an absolute http(s) URL such as https://example.github.io/course/, not `me.github.io`')
assert log.contains('[ERROR] quizsite.yml:1:10: error: `shuffle` must be true or false, not `yes`')
assert log.contains('The quiz site was not built: 5 errors, 0 warnings (listed above).')
assert !log.contains('at dev.quizsite') : 'a user mistake must not print a stack trace'
assert !new File(basedir, 'target/quizsite').exists()
