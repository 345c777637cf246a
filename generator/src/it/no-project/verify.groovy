assert new File(basedir, 'out/index.html').text.contains('<h1>Loose</h1>')
assert new File(basedir, 'out/sum/index.html').isFile()
assert !new File(basedir, '${project.basedir}').exists()
