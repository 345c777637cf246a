['pom.xml', 'quizsite.yml', 'questions/000-prime-numbers.md', 'questions/001-http-get.md', '.gitignore',
 '.github/workflows/pages.yml'].each { assert new File(basedir, it).isFile() : it }
def pom = new File(basedir, 'pom.xml').text
assert pom.contains('<packaging>pom</packaging>')
assert pom.contains('<phase>package</phase>')
assert new File(basedir, 'quizsite.yml').text.startsWith('title: "Networks"\n')
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Quiz site: 2 questions')
assert new File(basedir, 'target/quizsite/000-prime-numbers/index.html').isFile()
assert new File(basedir, 'target/quizsite/001-http-get/index.html').text.contains('type="radio"')
assert new File(basedir, 'target/quizsite/index.html').text.contains('data-course-title="Networks"')
// the second init wrote nothing and said why, once a file
assert log.contains('[ERROR] pom.xml: error: exists already; `init` writes a new course only where none of its files is, so nothing was written (run it in an empty folder, or name one with -Dquizsite.directory=…)')
assert log.contains('[ERROR] .github/workflows/pages.yml: error: exists already;')
