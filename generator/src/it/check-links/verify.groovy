// check-links on the site that `package` just built: internal links checked, external ones skipped offline.
def log = new File(basedir, 'build.log').text
assert log.contains('quizsite-maven-plugin:0.1.0-SNAPSHOT:check-links')
assert log.contains('links: offline, 1 external link not checked (internal links checked)')
assert log =~ /links: \d+ checked \(\d+ of them the theme.s\), \d+ ok, 0 redirected, 0 broken, 0 could not check \(1 skipped\)/
def json = new File(basedir, 'target/quizsite-links/quizsite-links.json')
assert json.isFile() && json.text.contains('other/index.html#main')
def junit = new File(basedir, 'target/quizsite-links/TEST-quizsite-links.xml')
assert junit.isFile() && junit.text.contains('<testsuite')
