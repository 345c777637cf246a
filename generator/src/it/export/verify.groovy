def export = new File(basedir, 'target/quizsite-export')
['quizsite-qti21.zip', 'quizsite-canvas-qti12.zip', 'quizsite-moodle.xml'].each {
    assert new File(export, it).isFile() : "${it} was not written"
}
def moodle = new File(export, 'quizsite-moodle.xml').getText('UTF-8')
assert moodle.contains('<text>$course$/top/Export course</text>')
assert moodle.contains('<idnumber>sum</idnumber>')
def log = new File(basedir, 'build.log').text
assert log =~ /Quiz site: 1 question, 7 pages in \d+ ms/
assert log.contains('[INFO] Exported 1 question -> ' + new File(export, 'quizsite-moodle.xml').absolutePath)
assert !log.contains('[ERROR]')
