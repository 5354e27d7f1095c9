from __future__ import annotations

import datetime as dt

import pytest

from lz_desktop.domain.official_document import OfficialDocument


@pytest.fixture
def notice() -> OfficialDocument:
    return OfficialDocument(
        issuer_mark="中共北京市永安区纪律检查委员会办公室", number="区纪办发〔2026〕3号",
        title="关于对区财政局党风廉政建设责任制检查考核发现问题进行整改的通知",
        addressee="中共北京市永安区财政局党组",
        body=("根据《北京市实施〈关于实行党风廉政建设责任制的规定〉办法》第十九条，区纪委于2026年9月1日向你单位反馈了检查考核情况。",
              "一、存在的主要问题",
              "（一）专题会议召开不足。主要负责人全年仅主持召开一次党风廉政建设工作专题会议。",
              "二、整改要求",
              "请你单位在2026年10月8日前制定整改措施，报区纪委备案。吉𠮷同志负责联络。"),
        issuer="中共北京市永安区纪律检查委员会", issue_date=dt.date(2026, 9, 2),
        attachments=("检查考核发现问题清单", "整改措施报备表"),
        copy_to=("区委办公室", "区委组织部"), printed_by="中共北京市永安区纪律检查委员会办公室",
        printed_on=dt.date(2026, 9, 2))
