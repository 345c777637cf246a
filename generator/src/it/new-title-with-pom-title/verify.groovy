def first = new File(basedir, 'questions/000-which-http-method-is-idempotent.md')
assert first.isFile() : 'the question is named after -Dquizsite.title, not the POM <title>'
assert first.text.contains('# Which HTTP method is idempotent?\n')
assert new File(basedir, 'questions/001-why.md').text.contains('# Why\n')
assert !new File(basedir, 'questions/000-my-course.md').exists()
def log = new File(basedir, 'build.log').text
assert log.contains('Quiz site: 2 questions')
// the POM's <title> wins over -Dquizsite.title for `build`: Maven's rule, documented in the README
def index = new File(basedir, 'target/quizsite/index.html').text
assert index.contains('data-course-title="My course"')
