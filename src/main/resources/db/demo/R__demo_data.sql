-- Demo data for the zero-setup default: a street modelled on the Wanlou pilot (see DESIGN.md).
-- All names of people and all phone numbers are invented. Loaded once: skipped when the province exists.

create or replace function pg_temp.add_region(p_parent bigint, p_level varchar, p_name varchar) returns bigint
language plpgsql as $$
declare
    v_id   bigint;
    v_path varchar;
begin
    insert into region (parent_id, level, name) values (p_parent, p_level, p_name) returning id into v_id;
    select coalesce((select path from region where id = p_parent), '/') || v_id || '/' into v_path;
    update region set path = v_path where id = v_id;
    return v_id;
end $$;

do $$
declare
    v_province bigint; v_city bigint; v_district bigint; v_street bigint;
    v_community bigint; v_station bigint; v_block bigint;
    v_communities varchar[] := array['万楼社区', '桃源路社区', '湘竹村', '莲城社区', '青山社区', '滨江社区'];
    v_levels varchar[] := array['COMMUNITY', 'COMMUNITY', 'VILLAGE', 'COMMUNITY', 'COMMUNITY', 'COMMUNITY'];
    v_names varchar[] := array['刘春华', '陈志远', '张丽萍', '李国强', '杨桂兰', '黄晓东', '赵明亮', '周美玲', '吴海波',
                               '徐凤英', '孙立新', '胡建军', '朱秀英', '高文博', '林雪梅'];
    v_deputy_levels varchar[] := array['PROVINCIAL', 'PROVINCIAL', 'CITY', 'CITY', 'CITY', 'CITY', 'COUNTY', 'COUNTY', 'COUNTY',
                                       'COUNTY', 'COUNTY', 'COUNTY', 'COUNTY', 'COUNTY', 'COUNTY'];
    v_blocks bigint[] := array[]::bigint[];
    v_constituencies bigint[] := array[]::bigint[];
    v_deputy bigint;
    v_hash varchar := '{bcrypt}$2a$10$emuDqxZswXrYmntSu.Fqi.Kj1PzPk1lUNDVbXhyQk6DWXO6r3lmKq'; -- mashang2026
    i int; j int;
begin
    if exists (select 1 from region where parent_id is null and name = '湖南省') then
        return;
    end if;

    v_province := pg_temp.add_region(null, 'PROVINCE', '湖南省');
    v_city := pg_temp.add_region(v_province, 'CITY', '湘潭市');
    v_district := pg_temp.add_region(v_city, 'DISTRICT', '雨湖区');
    v_street := pg_temp.add_region(v_district, 'STREET', '万楼街道');
    perform pg_temp.add_region(v_district, 'STREET', '云塘街道');

    for i in 1 .. array_length(v_communities, 1) loop
        v_community := pg_temp.add_region(v_street, v_levels[i], v_communities[i]);
        for j in 1 .. 3 loop
            v_block := pg_temp.add_region(v_community, 'BLOCK', v_communities[i] || '第' || j || '区块');
            v_blocks := v_blocks || v_block;
        end loop;
    end loop;

    for i in 1 .. 6 loop
        insert into constituency (region_id, name, description)
        values (v_street, '万楼街道第' || (array['一', '二', '三', '四', '五', '六'])[i] || '选区', v_communities[i] || '及周边')
        returning id into j;
        v_constituencies := v_constituencies || j::bigint;
    end loop;

    insert into committee (region_id, name, head_name, head_phone)
    values (v_street, '万楼街道人大工委', '周建华', '0731-58880100');

    insert into station (region_id, name, address, phone, open_hours, code)
    values (v_street, '万楼街道24小时智慧代表联络站', '万楼街道办事处一楼（示例地址）', '0731-58880101',
            '全天候扫码留言；每月15日及每周一为接待日', 'wanlou')
    returning id into v_station;

    insert into department (region_id, name, level, phone, duties) values
        (v_street, '城管办', 'STREET', '0731-58880201', '市容市貌、占道经营、环境卫生'),
        (v_street, '执法中队', 'STREET', '0731-58880202', '综合行政执法'),
        (v_street, '综治办', 'STREET', '0731-58880203', '社会治安综合治理、矛盾纠纷调处'),
        (v_street, '社会事务办', 'STREET', '0731-58880204', '民政、社保、残联、老龄'),
        (v_street, '规划建设办', 'STREET', '0731-58880205', '村镇建设、老旧小区改造'),
        (v_district, '住建局', 'DISTRICT', '0731-58881001', '住房和城乡建设、物业管理'),
        (v_district, '教育局', 'DISTRICT', '0731-58881002', '学校与幼儿园布局、教育管理'),
        (v_district, '城市管理和综合执法局', 'DISTRICT', '0731-58881003', '城市管理、市政设施'),
        (v_district, '民政局', 'DISTRICT', '0731-58881004', '社会救助、养老服务'),
        (v_district, '交通运输局', 'DISTRICT', '0731-58881005', '道路与公共交通'),
        (v_district, '人社局', 'DISTRICT', '0731-58881006', '就业、社保、劳动保障监察'),
        (v_city, '湘潭市自然资源和规划局', 'CITY', '0731-58882001', '规划与用地');

    insert into category (name, sort_order) values
        ('市容环境', 10), ('道路交通', 20), ('物业小区', 30), ('社会治安', 40), ('教育', 50), ('医疗卫生', 60),
        ('就业社保', 70), ('住房建设', 80), ('邻里纠纷', 90), ('其他', 999);
    update category set urgency = 'URGENT' where name = '社会治安';
    update category set urgency = 'COMPLEX' where name = '住房建设';

    for i in 1 .. 15 loop
        insert into deputy (name, level, office_phone, constituency_id, station_id, intro, term_start, term_end, code)
        values (v_names[i], v_deputy_levels[i], '0731-5888' || lpad((300 + i)::text, 4, '0'),
                v_constituencies[1 + (i - 1) % 6], v_station,
                case when v_deputy_levels[i] = 'COUNTY' then '雨湖区人大代表，联系' || v_communities[1 + (i - 1) % 6]
                     else '驻万楼街道联络站代表' end,
                case when v_deputy_levels[i] = 'COUNTY' then date '2022-01-01' else date '2023-01-01' end,
                date '2027-12-31', 'wl' || lpad(i::text, 2, '0'))
        returning id into v_deputy;
        -- each deputy links the blocks of one community
        for j in 1 .. 3 loop
            insert into deputy_block (deputy_id, block_id) values (v_deputy, v_blocks[((i - 1) % 6) * 3 + j]);
        end loop;
        insert into staff_user (username, password_hash, display_name, roles, deputy_id, region_id)
        values ('daibiao' || lpad(i::text, 2, '0'), v_hash, v_names[i], '{DEPUTY}', v_deputy, v_street);
    end loop;

    -- a deputy whose term has ended: the sign may still hang somewhere
    insert into deputy (name, level, office_phone, constituency_id, station_id, intro, term_start, term_end, code, active)
    values ('何志明', 'COUNTY', '0731-58880399', v_constituencies[1], v_station, '上一届区人大代表',
            date '2016-12-01', date '2021-12-31', 'wl99', false);

    insert into staff_user (username, password_hash, display_name, roles, region_id) values
        ('admin', v_hash, '系统管理员', '{ADMIN}', v_district),
        ('shenhe', v_hash, '审核员小李', '{REVIEWER}', v_street),
        ('jiaoban', v_hash, '交办员小王', '{DISPATCHER}', v_street);
    insert into staff_user (username, password_hash, display_name, roles, department_id, region_id)
    select u.username, v_hash, u.display_name, '{DEPARTMENT}', d.id, d.region_id
    from (values ('chengguan', '城管办', '城管办经办人'), ('zhifa', '执法中队', '执法中队经办人'),
                 ('zongzhi', '综治办', '综治办经办人'), ('zhujian', '住建局', '住建局经办人'),
                 ('jiaoyu', '教育局', '教育局经办人')) as u(username, department, display_name)
    join department d on d.name = u.department;
end $$;

-- 万楼街道第一选区 … 第六选区 cover one community each (added after the first demo: also run on older demo databases).
do $$
declare
    v_communities varchar[] := array['万楼社区', '桃源路社区', '湘竹村', '莲城社区', '青山社区', '滨江社区'];
    v_numbers varchar[] := array['一', '二', '三', '四', '五', '六'];
    i int;
begin
    for i in 1 .. 6 loop
        insert into constituency_area (constituency_id, region_id)
        select c.id, r.id from constituency c join region street on street.id = c.region_id and street.name = '万楼街道'
        join region r on r.parent_id = street.id and r.name = v_communities[i]
        where c.name = '万楼街道第' || v_numbers[i] || '选区'
        on conflict do nothing;
    end loop;
end $$;

-- Levels (分级): the district's and the city's people's-congress standing committees with their own reviewer and
-- dispatcher accounts; what 万楼 cannot solve goes up to 雨湖区, whose bureaus (住建局, 教育局 …) it dispatches to.
do $$
declare
    v_hash varchar := '{bcrypt}$2a$10$emuDqxZswXrYmntSu.Fqi.Kj1PzPk1lUNDVbXhyQk6DWXO6r3lmKq'; -- mashang2026
    v_district bigint := (select id from region where level = 'DISTRICT' and name = '雨湖区');
    v_city bigint := (select id from region where level = 'CITY' and name = '湘潭市');
begin
    if v_district is null or v_city is null then
        return;
    end if;
    insert into committee (region_id, name, head_name, head_phone)
    values (v_district, '雨湖区人大常委会', '罗志刚', '0731-58881100'), (v_city, '湘潭市人大常委会', '彭建国', '0731-58882100')
    on conflict (region_id) do nothing;
    insert into staff_user (username, password_hash, display_name, roles, region_id) values
        ('qushenhe', v_hash, '区审核员小唐', '{REVIEWER}', v_district),
        ('qujiaoban', v_hash, '区交办员小曾', '{DISPATCHER}', v_district),
        ('shijiaoban', v_hash, '市交办员小谭', '{DISPATCHER}', v_city)
    on conflict (username) do nothing;
end $$;

-- The dispatch catalogue (派单目录) of the street and of the district, so that a dispatcher finds departments
-- pre-selected in the demo. Added only while a committee's catalogue is empty: lines an administrator changed or
-- removed stay as they are. 市容环境 has none, so the source article's street vendors are still dispatched by hand to
-- 城管办 and 执法中队, each reporting on its own, as in the walk-through of the README.
do $$
declare
    v_street bigint := (select id from region where level = 'STREET' and name = '万楼街道');
    v_district bigint := (select id from region where level = 'DISTRICT' and name = '雨湖区');
begin
    if v_street is null or v_district is null then
        return;
    end if;
    insert into routing_rule (owner_region_id, category_id, area_id, lead_department_id, co_department_ids, deadline_days)
    select o.owner, c.id, o.owner, lead.id, coalesce(array(select id from department where name = any(o.co)), '{}'), o.days
    from (values (v_street, '道路交通', '城管办', array['执法中队'], 10),
                 (v_street, '社会治安', '综治办', array[]::varchar[], 5),
                 (v_street, '邻里纠纷', '综治办', array['社会事务办'], 10),
                 (v_street, '物业小区', '规划建设办', array[]::varchar[], 10),
                 (v_district, '教育', '教育局', array['住建局'], 15),
                 (v_district, '住房建设', '住建局', array[]::varchar[], 15),
                 (v_district, '就业社保', '人社局', array[]::varchar[], 10))
         as o(owner, category, lead, co, days)
    join category c on c.name = o.category
    join department lead on lead.name = o.lead
    where not exists (select 1 from routing_rule r where r.owner_region_id = o.owner)
    on conflict (owner_region_id, category_id, area_id) do nothing;
end $$;
