// Maven's offline mode: the build needs nothing from the network and still writes the site.
def log = new File(basedir, 'build.log').text
assert log =~ /Quiz site: 1 question, 7 pages in \d+ ms/
assert !log.contains('Downloading')
assert new File(basedir, 'target/quizsite/sum/index.html').isFile()
