def site = new File(basedir, 'target/quizsite')
def page = new File(site, 'sum/index.html').text
assert page.contains('<footer class="site-footer themed">Themed · our own footer</footer>') : 'the footer partial was not overridden'
assert page.contains('<header class="site-header">') : 'the header must still come from the default theme'
assert page.contains('<legend class="prompt">') : 'the question card must still come from the default theme'
assert new File(site, 'index.html').text.contains('our own footer')
assert new File(site, 'assets/quiz.css').text == 'body { background: #fffbe6; }\n'
assert new File(site, 'assets/quiz.js').text.contains('window.quizsiteMessages') : 'theme files not overridden stay'
assert !new File(basedir, 'build.log').text.contains('[ERROR]')
// regression: a one-line quiz.css dropped the whole theme without a word
assert new File(basedir, 'build.log').text.contains("[WARNING] assets/quiz.css: warning: replaces the default theme's quiz.css wholesale: the pages get none of the theme's styles; to add or change a few rules, put them in assets/custom.css, which is included after the theme's stylesheet (`quizsite:eject-theme` copies the theme's files into the course to edit)")
assert !page.contains('custom.css') : 'no custom.css, no link to it'
