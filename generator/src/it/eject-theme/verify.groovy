['templates/layout.peb', 'templates/partials/chart.peb', 'templates/partials/figure.peb', 'templates/partials/handout-question.peb',
 'templates/partials/handout-answer.peb', 'assets/quiz.css',
 'assets/quiz.js', 'assets/favicon.svg'].each { assert new File(basedir, it).isFile() : it }
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Copied the default theme\'s 35 files into templates/ and assets/; each replaces the theme\'s file of the same name (delete the ones you do not change)')
assert log.contains('[INFO] Quiz site: 1 question, 7 pages')
assert new File(basedir, 'target/quizsite/sum/index.html').text.contains('<legend class="prompt">')
assert log.contains('[ERROR] templates/404.peb: error: exists already; `eject-theme` copies the theme only where none of its files is, so nothing was copied (move your own files aside first)')
