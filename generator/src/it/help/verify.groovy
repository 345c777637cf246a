def log = new File(basedir, 'build.log').text
['build', 'serve', 'new', 'export', 'help'].each {
    assert log.contains("quizsite:${it}") : "help does not list the goal ${it}"
}
['questions', 'outputDirectory', 'templates', 'assets', 'data', 'courseConfig', 'title', 'baseUrl', 'language',
 'description', 'allowRawHtml', 'shuffle', 'skip', 'port'].each {
    assert log.contains("  ${it}") : "help does not document ${it}"
    assert log.contains("User property: quizsite.${it == 'courseConfig' ? 'config' : it}") : "${it} has no quizsite.* property"
}
assert log.contains('port (Default: 8000)')
