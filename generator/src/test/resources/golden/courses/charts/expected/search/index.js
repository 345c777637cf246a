window.quizsiteSearchIndex={"v":1,"terms":"0batches 0chart 5s 0do 0every 0first 0here 0large 0more 0need 2twork 0scenario 1how 1tands 2eps 0tested 1wo 0worse","docs":["2d|0010000000000001"]};
