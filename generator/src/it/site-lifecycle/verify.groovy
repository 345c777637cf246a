// build.log holds both invocations: `site`, then `clean package site`.
def log = new File(basedir, 'build.log').text
def site = log.indexOf(':build (course-site) @ site-lifecycle ---')
def packaged = log.indexOf(':build (course) @ site-lifecycle ---')
assert site >= 0 : '`mvn site` must run the execution bound to the site phase'
assert packaged > site : '`mvn package site` must build in the package phase'
assert (log.substring(site, packaged) =~ /Quiz site: 1 question, 7 pages in \d+ ms/).find() : '`mvn site` builds the course'
assert log.substring(packaged).contains('The quiz site was already built in this Maven run') : '`package site` builds once'
assert log.contains('maven.site.skip = true: Skipping site generation')
assert !log.contains('BUILD FAILURE')
assert new File(basedir, 'target/quizsite/sum/index.html').isFile()
assert !new File(basedir, 'target/site').exists() : 'the Maven site plugin must not write beside the quiz site'
