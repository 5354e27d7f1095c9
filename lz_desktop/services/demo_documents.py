"""The demo office's register: issued notices, a voided number, a rectification notice, a draft."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlite_utils import Database

from lz_desktop.domain.deadlines import period_end
from lz_desktop.domain.notices import (
    FindingItem,
    RectificationNoticeData,
    ReminderItem,
    rectification_notice,
    reminder_notice,
)
from lz_desktop.domain.official_document import DocumentKind, IssuingOrgan
from lz_desktop.services import deadlines, documents
from lz_desktop.services.office import contact_for_documents, office_name

D = dt.date
PREFIXES = {IssuingOrgan.COMMISSION: "永纪发", IssuingOrgan.OFFICE: "永纪办发"}  # 永安区纪委 / 其办公室


def add_demo_documents(db: Database) -> None:
    name = office_name(db)
    mark = f"{name}办公室"
    base = documents.blank_notice(db, D(2026, 3, 2))
    plan = replace(base, title="关于开展2026年度党风廉政建设责任制检查考核工作的通知",
                   addressee="各单位党组（党委）",
                   body=("根据《北京市实施〈关于实行党风廉政建设责任制的规定〉办法》（京发〔2011〕22号）第十一条至第十四条，"
                         "经区委同意，决定开展2026年度党风廉政建设责任制检查考核工作。现将有关事项通知如下。",
                         "一、检查考核内容",
                         "重点检查各单位责任分解、专题会议、民主生活会、检查考核和问题整改等情况。",
                         "二、方法步骤",
                         "（一）自查自评。各单位于11月15日前完成自查，形成自查报告。",
                         "（二）检查考核。区纪委会同区委组织部于11月下旬组织检查组开展检查考核。",
                         "三、工作要求",
                         "各单位要高度重视，如实提供资料，按时报送自查报告。"),
                   attachments=("2026年度党风廉政建设责任制考核指标体系",),
                   copy_to=("区委办公室", "区委组织部"))
    for doc_id in (documents.create_draft(db, DocumentKind.NOTICE, plan),
                   documents.create_draft(db, DocumentKind.NOTICE, replace(plan, addressee="各单位党组"))):
        documents.issue(db, doc_id, documents.document_prefix(db, doc_id))
    voided = documents.register(db, 2026)[0]
    documents.void(db, voided.id, "主送机关遗漏党委，已重新印发")

    fed_back = D(2026, 9, 1)
    notice = rectification_notice(RectificationNoticeData(
        office_name=name, issuer_mark=mark, unit_name="中共北京市永安区财政局党组",
        inspection="2026年度党风廉政建设责任制专项检查", inspected_on=D(2026, 8, 20), fed_back_on=fed_back,
        findings=(FindingItem("主要负责人上半年仅主持召开一次党风廉政建设工作专题会议。", "《办法》第八条第（二）项",
                              "年内再召开专题会议，研究部署下半年工作。"),
                  FindingItem("年度任务分解未明确到每名班子成员。", "《办法》第八条第（一）项",
                              "重新分解年度任务，明确每名班子成员的具体责任。")),
        deadline=deadlines.measures_deadline(db, fed_back), contact=contact_for_documents(db),
        issue_date=D(2026, 9, 2)))
    notice_id = documents.create_draft(db, DocumentKind.RECTIFICATION_NOTICE, notice, source_ref="demo:finance-2026")
    documents.issue(db, notice_id, documents.document_prefix(db, notice_id))

    due = period_end(D(2026, 10, 10), deadlines.work_calendar(db)).due
    reminder = reminder_notice(name, mark, "中共北京市永安区住房和城乡建设委员会党组",
                               (ReminderItem("2026年度专项检查发现问题的整改措施", due, (D(2026, 11, 25) - due).days),),
                               D(2026, 11, 25), contact_for_documents(db))
    documents.create_draft(db, DocumentKind.REMINDER_NOTICE, reminder, source_ref="demo:reminder")
