window.quizsiteSearchIndex={"v":1,"terms":"0allowed 0bold 0ctrl 0html 0kept 0link 0paragraph 0raw 0scripts 1ome 1tay 2yled 0table 5s 2gs","docs":["023|101001000000"]};
