/// Pools of characters the generator builds fictional place names and plausible personal names
/// from.
///
/// Place names are invented (two characters from these pools, never a real prefecture's name
/// chosen on purpose), so generated findings cannot be read as statements about a real bureau.
/// Personal names follow the common shape: a frequent surname and one or two given-name
/// characters.
enum SyntheticNames {
    static let placeFirst = Array("清安平宁和丰临桂江泉青云华兴东西南新长广龙凤白石金玉沅澧武祁蓝嘉常桃汝茶涟溆湄汨浏醴攸炎桑慈芷辰麻会靖通洪绥溪双")
    static let placeSecond = Array("河阳川山江水林源陵溪宁化丰城平安田塘浦口岭岗乡冈湖泽滨沙洲阜远乐德")
    static let townFirst = Array("大小上下东西南北中新老石黄白马牛龙凤金银竹梅桃李杨柳花高长")
    static let townSecond = Array("桥坪铺市湾冲田塘岭坝口江溪山村湖圩店渡洲")

    /// Frequent surnames, the commonest first (drawn with long-tailed weights).
    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
    static let givenNames = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国志新文斌宁坤峰波海亮林雄琴云莲真环雪荣爱妹香月莺媛瑞凡佳嘉琼勤珍贞莉兰凤洁梅琳素婷翠雅芝菊昭冬晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽秀娟英华慧巧美娜静淑惠珠")

    /// A personal name: a surname (the commoner ones more often) and one or two given characters.
    static func personName(_ random: inout SplitMix64) -> String {
        var name = String(surnames[random.zipf(below: surnames.count)])
        name.append(random.pick(givenNames))
        if random.chance(perMille: 700) { name.append(random.pick(givenNames)) }
        return name
    }
}
