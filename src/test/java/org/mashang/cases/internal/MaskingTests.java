package org.mashang.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mashang.UnitTest;

/** The ways residents write phone numbers, ID numbers, e-mail addresses and names, and ordinary text that must stay. */
@UnitTest
class MaskingTests {

    static final String NAME = "王小明";

    /** text as written, the resident's name (or null), text as shown in public */
    static Stream<Arguments> rows() {
        return Stream.of(
                // mobile numbers
                row("电话13812345678", null, "电话138****5678"),
                row("13812345678", null, "138****5678"),
                row("+8613812345678", null, "138****5678"),
                row("+86 138 1234 5678", null, "138****5678"),
                row("8613812345678", null, "138****5678"),
                row("008613812345678", null, "138****5678"),
                row("0086-138-1234-5678", null, "138****5678"),
                row("１３８１２３４５６７８", null, "138****5678"),
                row("138１２３４5678", null, "138****5678"),
                row("138.1234.5678", null, "138****5678"),
                row("138-1234-5678", null, "138****5678"),
                row("138 1234 5678", null, "138****5678"),
                row("1 3 8 1 2 3 4 5 6 7 8", null, "138****5678"),
                row("一三八一二三四五六七八", null, "138****5678"),
                row("幺三八幺二三四五六七八", null, "138****5678"),
                row("壹叁捌壹贰叁肆伍陆柒捌", null, "138****5678"),
                row("电话：一三八 一二三四 五六七八，谢谢", null, "电话：138****5678，谢谢"),
                row("138　1234　5678", null, "138****5678"),
                row("打 13812345678 或 13987654321", null, "打 138****5678 或 139****4321"),
                row("我的电话是19912345678。", null, "我的电话是199****5678。"),
                row("2023-12-05 13812345678", null, "2023-12-05 138****5678"),
                row("tel:13812345678", null, "tel:138****5678"),
                // landlines
                row("0731-58881234", null, "0731-****1234"),
                row("(0731)58881234", null, "0731-****1234"),
                row("（0731）58881234", null, "0731-****1234"),
                row("(0731) 5888 1234", null, "0731-****1234"),
                row("073158881234", null, "0731-****1234"),
                row("0731 5888 1234", null, "0731-****1234"),
                row("010-62345678", null, "010-****5678"),
                row("021 6123 4567", null, "021-****4567"),
                row("０７３１－５８８８１２３４", null, "0731-****1234"),
                row("座机58881234", null, "座机****1234"),
                row("联系电话：5888-1234", null, "联系电话：****1234"),
                // ID-card numbers
                row("身份证430302199001011234", null, "身份证4303**********1234"),
                row("43030219900101123X", null, "4303**********123X"),
                row("43030219900101123x", null, "4303**********123x"),
                row("430302 19900101 1234", null, "4303**********1234"),
                row("430302-1990-0101-123X", null, "4303**********123X"),
                row("4303 0219 9001 0112 34", null, "4303**********1234"),
                row("４３０３０２１９９００１０１１２３４", null, "4303**********1234"),
                row("430302900101123", null, "4303*******1123"),
                row("430302 900101 123", null, "4303*******1123"),
                // e-mail addresses
                row("邮箱 wang.xm@qq.com", null, "邮箱 w***@qq.com"),
                row("ＷＡＮＧ＠ＱＱ．ＣＯＭ", null, "Ｗ***＠ＱＱ．ＣＯＭ"),
                row("13812345678@163.com", null, "1***@163.com"),
                row("发到 abc_def-1@mail.example.cn 谢谢", null, "发到 a***@mail.example.cn 谢谢"),
                // the resident's name
                row("我是王小明，住3号楼", NAME, "我是王**，住3号楼"),
                row("王 小 明反映", NAME, "王**反映"),
                row("王　小　明反映", NAME, "王**反映"),
                row("小明家门口", NAME, "**家门口"),
                row("欧阳娜娜说", "欧阳娜娜", "欧***说"),
                row("娜娜说", "欧阳娜娜", "**说"),
                row("王女士反映", "王女士", "王**反映"),
                row("John Smith wrote", "John Smith", "J******** wrote"),
                row("JOHNSMITH wrote", "John Smith", "J******** wrote"),
                row("王小明电话13812345678", NAME, "王**电话138****5678"),
                // ordinary text that must not be masked
                same("2023年12月5日晚上", null),
                same("2023-12-05", null),
                same("2023/12/05 14:30", null),
                same("2024年1月1日至2024年12月31日", null),
                same("受理编号 251205-00012", null),
                same("3号楼2单元501室", null),
                same("金额 12,345.67 元", null),
                same("共计 1380000 元", null),
                same("挽回损失 138000000 元", null),
                same("邮编 411100", null),
                same("第 12 届人大代表", null),
                same("工号 1234567", null),
                same("车牌 湘C12345", null),
                same("面积 89.5 平方米，价格 1999 元", null),
                same("晚上 20:30 以后", null),
                same("一楼到三楼的楼梯灯坏了", null),
                same("电话打不通", null),
                same("星期一二三四五都有人摆摊", null),
                same("12345678901234567890", null),
                same("2023年12月5日 13:30 在莲城大道", null),
                same("小王说明天来", NAME),
                same("王先生家", NAME),
                same("请@社区 处理", null),
                same("1000-2000元", null),
                same("IP 192.168.1.1", null),
                same("", null));
    }

    static Arguments row(String text, String name, String expected) {
        return Arguments.of(text, name, expected);
    }

    static Arguments same(String text, String name) {
        return Arguments.of(text, name, text);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("rows")
    void masks(String text, String name, String expected) {
        assertThat(Masking.mask(text, name)).isEqualTo(expected);
    }

    @Test
    void theTableHasAtLeastSixtyRows() {
        List<Arguments> all = rows().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        assertThat(all.stream().filter(a -> a.get()[0].equals(a.get()[2]))).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void nullStaysNull() {
        assertThat(Masking.mask(null, NAME)).isNull();
    }

    @Test
    void givenNames() {
        assertThat(Masking.givenName("王小明")).isEqualTo("小明");
        assertThat(Masking.givenName("王明")).isNull();
        assertThat(Masking.givenName("老王")).isNull();
        assertThat(Masking.givenName("司马相如")).isEqualTo("相如");
        assertThat(Masking.givenName("李阿姨")).isNull();
    }
}
