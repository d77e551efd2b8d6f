//! Session 21: disease-control bodies, a city's bureau named in its head's title, farmers'
//! and fishers' associations after a district cut apart, a police unit after its bureau,
//! international bodies named by their field, a chip named with its model number, a
//! company's business group and its arm in China, a product launch.

mod common;
use common::{has, orgs, places, roles, run};

#[test]
fn a_disease_control_body_is_found_whole() {
    let o = orgs("国家疾病预防控制局昨天发布通知，要求各地做好流感监测工作。");
    assert!(has(&o, "国家疾病预防控制局"), "{o:?}");
    let o = orgs("湖南省疾病预防控制中心专家提醒，近期应减少前往人群密集场所。");
    assert!(has(&o, "湖南省疾病预防控制中心"), "{o:?}");
}

#[test]
fn a_bureau_named_in_its_head_s_title() {
    let x = run("宁波市农业局长陈海涛在会上介绍了今年的春耕情况。");
    assert_eq!(
        roles(&x, "陈海涛"),
        vec![("局长".to_string(), Some("宁波市农业局".to_string()))]
    );
    let x = run("高雄市農業局長蔡明輝表示，今年荔枝產量穩定。");
    assert!(
        x.organizations.iter().any(|o| o.name == "高雄市農業局"),
        "{:?}",
        x.organizations
    );
}

#[test]
fn an_association_after_a_district_cut_apart() {
    let o = orgs("後壁區農會總幹事表示，今年稻米收購價格維持穩定。");
    assert!(has(&o, "後壁區農會"), "{o:?}");
    let o = orgs("北门区渔会理事长表示，本季渔获量与去年相当。");
    assert!(has(&o, "北门区渔会"), "{o:?}");
}

#[test]
fn a_police_unit_stays_with_its_bureau() {
    let o = orgs("泉州市公安局交警支队发布通告，部分路段将于周末临时封闭。");
    assert!(has(&o, "泉州市公安局交警支队"), "{o:?}");
    assert!(!has(&o, "泉州市公安局"), "{o:?}");
}

#[test]
fn international_bodies_named_by_their_field() {
    let o = orgs("泛美卫生组织与国家原子能机构当天发表联合声明。");
    assert!(has(&o, "泛美卫生组织"), "{o:?}");
    assert!(has(&o, "国家原子能机构"), "{o:?}");
}

#[test]
fn a_name_with_a_model_number_is_a_product() {
    let p = places("该公司新机搭载麒麟9030芯片，续航明显提升。");
    assert!(!has(&p, "麒麟"), "{p:?}");
}

#[test]
fn a_business_group_and_an_arm_in_china() {
    let o = orgs("华为终端BG首席执行官近日表示，新机将于下月上市。");
    assert!(!has(&o, "BG"), "{o:?}");
    assert!(has(&o, "华为终端BG"), "{o:?}");
    let o = orgs("IDC中国分析师指出，今年手机市场逐步回暖。");
    assert!(has(&o, "IDC中国"), "{o:?}");
}

#[test]
fn a_product_launch_is_an_event() {
    let x = run("小米新品发布会昨晚在北京举行，推出多款新机。");
    assert!(
        x.events.iter().any(|e| e.name == "小米新品发布会"),
        "{:?}",
        x.events
    );
}

#[test]
fn a_bureau_named_by_two_fields_joined_by_and() {
    let o = orgs("省发展改革委、省住房和城乡建设厅联合印发了实施方案。");
    assert!(has(&o, "省住房和城乡建设厅"), "{o:?}");
}

#[test]
fn a_branch_bureau_is_no_japanese_name() {
    let x = run("珠海市公安局反诈骗中心会同福田分局经过半年侦查，将该团伙一举摧毁。");
    assert!(
        !x.people.iter().any(|p| p.name.contains("分局")),
        "{:?}",
        x.people
    );
}
