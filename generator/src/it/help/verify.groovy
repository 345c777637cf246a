def log = new File(basedir, 'build.log').text
assert log.contains('quizsite:build')
['questions', 'outputDirectory', 'templates', 'assets', 'data', 'title', 'language', 'allowRawHtml', 'skip'].each {
    assert log.contains(it) : "help does not document ${it}"
}
assert log.contains('User property: quizsite.skip')
