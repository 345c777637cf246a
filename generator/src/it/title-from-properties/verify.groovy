def index = new File(basedir, 'target/quizsite/index.html').text
assert index.contains('data-course-title="CLI title"') : 'a -D property overrides a POM <properties> value'
