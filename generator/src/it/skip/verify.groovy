assert !new File(basedir, 'target/quizsite').exists()
assert new File(basedir, 'build.log').text.contains('Skipping the quiz site (quizsite.skip)')
