def first = new File(basedir, 'questions/000-what-is-3-4.md')
assert first.isFile()
assert first.text.contains('# What is 3 + 4?\n')
assert new File(basedir, 'questions/001-new-question.md').text.contains('# New question\n')
def log = new File(basedir, 'build.log').text
assert log.contains('Quiz site: 2 questions') : 'the new questions must build as they are'
assert new File(basedir, 'target/quizsite/000-what-is-3-4/index.html').text.contains('<h1>What is 3 + 4?</h1>')
assert new File(basedir, 'target/quizsite/001-new-question/index.html').isFile()
