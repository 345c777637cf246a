def site = new File(basedir, 'target/quizsite')
assert new File(site, 'sitemap.xml').text.contains('<url><loc>https://example.github.io/published-course/sum/</loc></url>')
def notFound = new File(site, '404.html').text
assert notFound.contains('<h1>Page not found</h1>')
assert notFound.contains('href="/published-course/assets/quiz.css"') : '404.html is served at any depth: absolute links'
def page = new File(site, 'sum/index.html').text
assert page.contains('<link rel="canonical" href="https://example.github.io/published-course/sum/">')
assert page.contains('<meta property="og:title" content="What is 2 + 2? · Published course">')
assert page.contains('href="../assets/quiz.css"') : 'pages keep relative links (file:// and any sub-path)'
def log = new File(basedir, 'build.log').text
assert !log.contains('No baseUrl set')
assert log =~ /Quiz site: 1 question, 7 pages in \d+ ms/
