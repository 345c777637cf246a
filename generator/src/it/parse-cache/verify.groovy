// The build cache: the first build stores what each question file parsed to, the second reuses it
// and writes the same site.
def log = new File(basedir, 'build.log').text
def summaries = log.readLines().findAll { it.contains('Quiz site: ') }
assert summaries.size() == 2 : summaries
assert summaries[0] =~ /Quiz site: 1 question, 7 pages in \d+ ms/
assert !summaries[0].contains('unchanged')
assert summaries[1].contains('(1 of the questions unchanged since the last build, not parsed again)') : summaries[1]
assert new File(basedir, 'target/quizsite-cache/store.bin').isFile()
assert new File(basedir, 'target/quizsite/sum/index.html').text.contains('<h1>What is 2 + 2?</h1>')
