def site = new File(basedir, 'target/quizsite')
def page = new File(site, 'sum/index.html').text
assert page.contains('<footer class="site-footer themed">Themed · our own footer</footer>') : 'the footer partial was not overridden'
assert page.contains('<header class="site-header">') : 'the header must still come from the default theme'
assert page.contains('<legend class="prompt">') : 'the question card must still come from the default theme'
assert new File(site, 'index.html').text.contains('our own footer')
assert new File(site, 'assets/quiz.css').text == 'body { background: #fffbe6; }\n'
assert new File(site, 'assets/quiz.js').text.contains('Quizsite') : 'theme files not overridden stay'
assert !new File(basedir, 'build.log').text.contains('[ERROR]')
