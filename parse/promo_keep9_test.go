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
	{"prose", posIn, false, "下篇文章将围绕乡村治理展开，本刊编辑部欢迎各地基层干部来稿交流经验做法，来稿请注明作者单位和联系方式。"},
	{"prose", posGap, true, "以上为本次培训的第一部分内容，第二部分将于下周二在市委党校举行，请各单位通知参训人员按时参加。"},
	{"prose", posFoot, false, "同志们，蓝图已经绘就，号角已经吹响。让我们以更加饱满的热情、更加务实的作风，奋力谱写新时代高质量发展新篇章！"},
	{"prose", posIn, false, "市律师协会现有会员律师事务所126家、个人会员2800余名，全年组织会员开展公益法律服务1.3万次，为群众免费提供法律咨询。"},
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
