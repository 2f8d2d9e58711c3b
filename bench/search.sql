-- Cases for bench/search (issue 15): CASES cases of varied Chinese text (a place, one or two problems, a plea, an
-- address), a resident's name on most and a mobile number on 60 %, over three years, in every state. WANLOU_SHARE per
-- 1,000 go to the demo street (deputies wl01 …, its blocks: the dispatcher jiaoban's scope); the rest to 199 streets
-- made up under the demo district, so the district's administrator searches all of them. Their query-code hashes are
-- stand-ins marked as keyed (re-keying a million at start would hold the start up): these cases cannot be followed.
\set ON_ERROR_STOP on
begin;
-- no per-row triggers while a million rows go in: the wall's counting trigger (V65) updated its same few rows once per
-- case in one transaction, each update walking every earlier version of its row (the load ran for hours); the counts are
-- made again from the cases below, as bench/province does
set local session_replication_role = replica;
create temp table bench_refs on commit drop as
select r.id as street_id, r.path, d.path as district_path, st.id as station_id,
       array(select id from deputy where station_id = st.id and active order by code) as deputies,
       array(select b.id from region b where b.level = 'BLOCK' and b.path like r.path || '%' order by b.id) as blocks,
       array(select id from category where active order by id) as categories
from region r join station st on st.region_id = r.id join region d on d.id = r.parent_id
where r.level = 'STREET' and r.name = '万楼街道';

insert into cases (ticket, query_code_hash, channel, deputy_id, station_id, street_id, category_id, block_id, message_text,
                   public_text, wants_public, resident_name, resident_phone, state, submitted_at, updated_at, scope_key, is_public, pool,
                   query_code_keyed)
select to_char(submitted_at at time zone 'Asia/Shanghai', 'YYMMDD') || '-' || lpad(n::text, 8, '0'), md5(n::text) || md5(n::text),
       'DEPUTY_CODE', case when local then refs.deputies[1 + n % cardinality(refs.deputies)] end,
       case when local then refs.station_id else -1 end, case when local then refs.street_id else -1 - n % 199 end,
       refs.categories[1 + (n / 3) % cardinality(refs.categories)], case when local then refs.blocks[1 + (n / 11) % cardinality(refs.blocks)] end,
       text, case when state not in ('SUBMITTED', 'REJECTED') then text end, h % 5 <> 0,
       case when h % 10 < 8 then (array['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高',
                                         '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡'])[1 + (n / 7) % 40]
                                 || (array['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞',
                                           '平', '刚', '桂英', '建华', '建国', '玉兰', '志强', '春梅', '海燕', '国庆'])[1 + (n / 13) % 30] end,
       case when h % 10 < 6 then '1' || (array['3', '5', '7', '8', '9'])[1 + n % 5] || lpad((abs(hashint8(n + 99)) % 1000000000)::text, 9, '0') end,
       state, submitted_at, submitted_at, case when local then refs.path else refs.district_path || 'bench' || (n % 199) || '/' end,
       h % 5 <> 0 and state not in ('SUBMITTED', 'REJECTED'), false, true
from (
    select n, h, submitted_at, local,
           (array['SUBMITTED', 'ACCEPTED', 'REPLIED', 'DISPATCH_REQUESTED', 'DISPATCHED', 'FEEDBACK_RECEIVED', 'CLOSED', 'EVALUATED',
                  'EVALUATED', 'EVALUATED', 'REJECTED', 'RESOLVED'])[1 + h % 12] as state,
           (array['小区', '楼道', '路口', '菜市场', '学校门口', '公园', '地下车库', '老旧小区', '河边', '公交站', '背街小巷', '农贸市场',
                  '幼儿园旁', '医院门口', '居民楼下', '广场', '桥下', '健身步道', '停车场', '商业街'])[1 + n % 20]
           || (array['路灯不亮', '垃圾清运不及时', '噪音扰民', '污水外溢', '占道经营', '停车难', '电梯故障', '屋顶漏水', '消防通道堵塞',
                     '绿化带损毁', '井盖缺失', '违章搭建', '油烟扰民', '积水严重', '道路破损', '充电桩不足', '犬只扰民', '高空抛物',
                     '下水道堵塞', '围墙倒塌', '树木遮挡', '施工扬尘', '广告牌松动', '无障碍通道被占', '公厕脏乱', '外墙脱落',
                     '信号灯故障', '自来水浑浊', '燃气管道老化', '路面塌陷'])[1 + (n / 20) % 30]
           || case when h % 3 = 0 then '，还有' || (array['路灯不亮', '垃圾清运不及时', '噪音扰民', '污水外溢', '占道经营', '停车难', '电梯故障',
                     '屋顶漏水', '消防通道堵塞', '绿化带损毁'])[1 + (n / 600) % 10] else '' end
           || '，' || (array['请尽快处理', '希望相关部门解决', '已经反映多次', '影响居民出行', '存在安全隐患', '老人小孩出行不便',
                           '晚上睡不着觉', '希望代表帮忙', '盼早日解决', '麻烦来看看'])[1 + (n / 7) % 10]
           || '。地址：' || (array['莲城大道', '建设路', '韶山路', '湖湘路', '书院路', '雨湖路', '人民路', '和平街', '车站路', '解放路'])[1 + (n / 31) % 10]
           || (1 + abs(hashint8(n + 5)) % 300) || '号' as text
    from (select n, abs(hashint8(n)) % 1000 as h, abs(hashint8(n + 1)) % 1000 < :wanlou_share as local,
                 now() - (3 * 365.0 * ((n * 0.6180339887) - floor(n * 0.6180339887))) * interval '1 day' as submitted_at
          from generate_series(1, :cases::bigint) n) g
) x, bench_refs refs;
\ir wall-count.sql
commit;
analyze cases;
