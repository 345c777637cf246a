window.quizsiteSearchIndex={"v":1,"terms":"0every 0front 0here 0key 3s 0last 1eft 0matter 0none 2r 2t 0one 1rder 0right 0second 2t 0title 1wo","docs":["158|010040011","1541|66","1314|43213"]};
