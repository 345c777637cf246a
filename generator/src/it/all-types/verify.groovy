// The course with one question of each kind builds, and each page carries the form of its kind.
def site = new File(basedir, 'target/quizsite')
def page = { String id -> new File(site, id + '/index.html').text }
def log = new File(basedir, 'build.log').text
assert log =~ /Quiz site: 6 questions, \d+ pages in \d+ ms/
assert !log.contains('[ERROR]')
assert !(log =~ /questions\/[^ :]+\.md:\d+/) : 'no question of the course has a warning'

assert page('010-single').contains('data-type="single"')
assert page('010-single').contains('<input type="radio" name="answer" id="option-2" value="2">')
assert page('010-single').contains('<summary>Hint 2 of 2</summary>')
assert page('020-multiple').contains('<input type="checkbox" name="answer" id="option-1" value="1">')
assert page('030-short').contains('<input type="text" id="answer-text" name="answer"')
assert page('030-short').contains('data-accept="[{&quot;n&quot;:1,&quot;r&quot;:true,&quot;t&quot;:&quot;if-none-match&quot;}')
assert page('040-numeric').contains('<span class="unit" id="unit-040-numeric">bytes</span>')
assert page('050-ordering').contains('<ol class="right-order">\n<li>SYN from the client</li>')
assert page('060-matching').contains('<li>SSH → 22</li>')
def results = new File(site, 'results/index.html').text
assert results.contains('<tr data-question="060-matching"')
assert results.contains('<body data-course="all-types" data-course-title="Every kind of question">')
