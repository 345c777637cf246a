def site = new File(basedir, 'target/quizsite')
def index = new File(site, 'index.html')
assert index.isFile() : 'index.html was not written'
assert index.text.contains('<h1>Minimal course</h1>')
assert index.text.contains('href="sum/index.html"')
def page = new File(site, 'sum/index.html')
assert page.isFile()
assert page.text.contains('<h1>What is 2 + 2?</h1>')
assert page.text.contains('<legend class="prompt">Pick the right result.</legend>')
assert new File(site, 'assets/quiz.js').isFile()
def log = new File(basedir, 'build.log').text
assert log =~ /Quiz site: 1 question, 7 pages in \d+ ms/
assert !log.contains('[ERROR]')
