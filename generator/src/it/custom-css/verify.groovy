def site = new File(basedir, 'target/quizsite')
def page = new File(site, 'sum/index.html').text
// additive: the theme's stylesheet, then the course's
assert page.contains('<link rel="stylesheet" href="../assets/quiz.css">\n<link rel="stylesheet" href="../assets/custom.css">\n')
assert new File(site, 'index.html').text.contains('<link rel="stylesheet" href="assets/custom.css">')
assert new File(site, 'assets/custom.css').text == '.prompt { color: #600; }\n'
assert new File(site, 'assets/quiz.css').text.with { it.startsWith(':root{--bg:') && it.contains('.option{') } : 'the theme stays whole'
def log = new File(basedir, 'build.log').text
assert !log.contains('[ERROR]') && !log.contains('wholesale') : 'custom.css replaces nothing'
