window.quizsiteSearchIndex={"v":1,"terms":"0pick 0result 1ight 0small 1um","docs":["|00000"]};
