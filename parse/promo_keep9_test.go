package parse

import "testing"

// hardKeep9: real paragraphs and lines of the genre written for session 9's
// filter work (issue 19) before any rule of it, on the subjects promotion
// shares (a 政务公众号's column and its push schedule, 12345, 网上办 and
// its downloads, 知识产权 and 版权 registration, 党费, 志愿者招募, the
// prices of public services, a series of reports, scrolling a web page, an
// association's members), some between blank lines, some glued, in every
// position: whatever the filter learns, none of them may lose a byte.
var hardKeep9 = []blindBlock{
	{"prose", posIn, false, "“XX发布”政务公众号开设“政策解读”系列专栏，本系列共推出解读文章12篇，每周二、周五定时推送，累计阅读量86万人次。"},
	{"prose", posIn, false, "12345政务服务便民热线实行“7×24小时”人工服务，群众可通过电话、网站、微信公众号等渠道反映诉求，全年受理来电46.8万件。"},
	{"prose", posIn, true, "申请人可登录市政务服务网“网上办”专区，下载并填写《建设工程规划许可申请表》，上传相关材料后即可在线提交，办理结果通过短信告知。"},
	{"prose", posIn, false, "全面推行知识产权“一站式”服务，全年新增发明专利授权3260件，办理作品著作权登记1.2万件，版权登记费用全部由财政承担，企业和个人免费办理。"},
	{"prose", posIn, false, "严格党费收缴、使用和管理，党员每月按规定标准交纳党费，支部每季度在党员大会上公布党费收缴情况，全年收缴党费36.5万元。"},
	{"prose", posIn, true, "志愿者招募：即日起面向社会招募城市文明志愿者200名，年满18周岁、身体健康者均可报名，报名请扫描下方二维码或拨打12345咨询。"},
	{"prose", posIn, false, "调整城市公共交通票价，普通公交线路单一票价由1元调整为2元，刷卡乘车享受8折优惠，老年人、残疾人等群体继续免费乘车。"},
	{"prose", posIn, false, "公立医院门诊诊查费按三级医院每人次25元、二级医院每人次18元执行，取消药品加成后医院因此减少的合理收入通过调整医疗服务价格等途径补偿。"},
	{"prose", posIn, false, "以下内容为本次督查发现的主要问题，请各单位对照认真整改，并于10月31日前将整改情况书面报送市委督查室。"},
	{"prose", posIn, false, "群众在“浙里办”APP首页向下滑动即可找到“社保查询”入口，查询结果可下载打印，与窗口出具的证明具有同等效力。"},
	{"prose", posIn, false, "本站点位于县城东部，是全省首批标准化水文站之一，本站监测数据实时上传至省水文信息平台，为防汛调度提供依据。"},
	{"prose", posGap, true, "本站点位于县城东部，是全省首批标准化水文站之一，本站监测数据实时上传至省水文信息平台，为防汛调度提供依据。"},
	{"prose", posIn, false, "下篇文章将围绕乡村治理展开，本刊编辑部欢迎各地基层干部来稿交流经验做法，来稿请注明作者单位和联系方式。"},
	{"prose", posGap, true, "以上为本次培训的第一部分内容，第二部分将于下周二在市委党校举行，请各单位通知参训人员按时参加。"},
	{"prose", posFoot, false, "同志们，蓝图已经绘就，号角已经吹响。让我们以更加饱满的热情、更加务实的作风，奋力谱写新时代高质量发展新篇章！"},
	{"prose", posIn, false, "市律师协会现有会员律师事务所126家、个人会员2800余名，全年组织会员开展公益法律服务1.3万次，为群众免费提供法律咨询。"},
	// Written later in the session, on the words it was adding (a
	// periodical's readers, a licence, live-stream prices, a media centre's
	// accounts, a library's free trial, 网友们 and 书友会): four of them
	// were filtered by words then left out, three by the filter of the
	// session's start (TestReportsCount).
	{"prose", posIn, false, "开展“双品网购节”活动，消费者将商品加入购物车即可领取政府消费券，单笔最高立减200元。"},
	{"prose", posIn, true, "严禁将涉密文件用于商业用途，个人学习资料不得上传至互联网。"},
	{"prose", posIn, false, "组织开展“秒杀”“特价”等促销活动价格专项检查，查处虚假折扣、先涨后降等价格违法行为26起。"},
	{"prose", posIn, true, "县融媒体中心开通微信订阅号、视频号和抖音号，全年推送稿件2100余条。"},
	{"prose", posIn, false, "引导电商主播规范使用直播间“小黄车”链接，严禁虚假宣传和诱导消费。"},
	{"prose", posIn, true, "市图书馆为读者朋友开通数字阅读服务，读者扫码即可免费试看2000余部有声读物。"},
	{"prose", posIn, false, "我是一名从事信访工作二十年的老同志，深知群众来信来访的每一件事都关系群众切身利益。"},
	{"prose", posIn, true, "2024年全市高考平均提分明显，一本上线率提高3.5个百分点。"},
	{"prose", posIn, true, "各位读者：本刊自2025年第1期起改为月刊，订阅方式不变。"},
	{"prose", posIn, false, "书友会、读书角遍布全市社区，全年举办阅读推广活动860场。"},
	{"prose", posIn, true, "网友们纷纷点赞，相关话题阅读量超过1.2亿次。"},
	{"prose", posIn, true, "严厉打击“洗稿”、抄袭等侵犯著作权行为，维护原创作者合法权益。"},
	{"prose", posIn, true, "我叫王建国，是XX村的党支部书记，今天向大家汇报我们村的发展变化。"},
	{"prose", posIn, true, "站长带领全站职工坚守岗位，确保汛期水文监测数据准确。"},
	{"prose", posIn, true, "推出“零基础”老年人智能手机培训课程，累计培训老年人1.5万人次。"},
	{"prose", posIn, true, "农产品直播带货“一口价”“包邮”等营销方式，要明码标价，不得价格欺诈。"},
	// A third batch, on the session's own rules (付费阅读, 本系列, 连载,
	// 以下内容, 后半部分, 我是/我叫, a site's name, a list under a head, a
	// price alone) and the public services: two (志愿汇 APP, 赣服通's
	// downloads) were filtered by the filter of the session's start, kept
	// since the civic and service words weigh as the genre's prose.
	{"prose", posIn, false, "规范知识付费平台经营行为，对“付费阅读”“付费课程”等服务明码标价，严禁诱导未成年人充值消费。"},
	{"prose", posIn, true, "本系列活动共分三个阶段，第一阶段为宣传发动，第二阶段为集中整治，第三阶段为总结提升。"},
	{"prose", posIn, false, "“学习强国”平台连载推出《红色家书》系列音频节目，每天更新一集，全年累计收听超过2亿人次。"},
	{"prose", posIn, true, "以下内容请各单位认真学习，并结合实际抓好贯彻落实。"},
	{"prose", posIn, false, "前半年主要经济指标保持平稳，后半部分年份受疫情影响增速有所回落。"},
	{"prose", posIn, true, "我是一名退伍军人，回到村里后带领乡亲们发展特色种植，如今全村人均收入翻了一番。"},
	{"prose", posIn, true, "我叫李秀英，今年68岁，是社区的一名楼栋长。"},
	{"prose", posIn, false, "严厉查处“XX范文网”等网站违规收费、售卖考试答案等行为，关停违规网站12家。"},
	{"prose", posIn, true, "群众可登录“赣服通”下载电子证照，在办事时出示即可，不再需要提交纸质材料。"},
	{"prose", posIn, true, "政务服务事项实现“免费邮寄、全程网办”，群众足不出户即可领取证照。"},
	{"prose", posIn, false, "县图书馆开展“书香满城”全民阅读活动，市民扫码即可免费借阅电子书2万余册。"},
	{"prose", posIn, true, "欢迎社会各界人士关注、支持和参与志愿服务，报名请登录“志愿汇”APP。"},
	{"prose", posIn, true, "各镇街要组织党员干部下载“学习强国”APP，每天学习不少于30分钟。"},
	{"prose", posIn, true, "党员每月按时足额交纳党费，可通过“党费通”小程序扫码交纳。"},
	{"prose", posIn, true, "招募条件：年满18周岁，热心公益，每月能参加志愿服务不少于2次。"},
	{"prose", posIn, true, "收费标准：小型车每次5元，大型车每次10元。"},
	{"prose", posIn, true, "12345热线、“两微一端”、领导信箱等渠道全天候受理群众诉求。"},
	{"prose", posIn, true, "往下看，一组组数据见证了我市经济社会发展的新成就。"},
	{"line", posIn, true, "温馨提示：\n1. 请携带本人身份证原件。\n2. 办理时间：工作日9:00—17:00。"},
	{"line", posIn, true, "下载专区\n• 个人所得税年度汇算申报表\n• 社会保险登记表\n• 不动产登记申请书"},
	{"line", posFoot, true, "XX市人民政府办公室\n2025年3月1日"},
	{"line", posIn, true, "收费标准\n30元"},
	// A bulleted list of measures, one of which 总结推广s: 推广 was a word
	// of a site speaking of itself (fSelf), and the list went as links.
	{"line", posIn, true, "重点任务：\n● 完善议事协商机制\n● 健全网格化管理服务\n● 总结推广典型经验"},
	{"line", posFoot, true, "附件：1. 志愿者报名登记表\n2. 党费收缴标准对照表"},
	{"line", posFoot, true, "（联系电话：0731-84567890，传真同号）"},
}

// TestHardKeep9 inserts each of hardKeep9 alone into each real compilation
// (blindOneAtATime with no promotion): every one must stay whole, and no
// line of the compilation may change whether it is filtered.
func TestHardKeep9(t *testing.T) {
	blindOneAtATime(t, nil, hardKeep9, 0)
	t.Run("all-at-once", func(t *testing.T) { blindAllAtOnce(t, nil, hardKeep9, 0) })
}
