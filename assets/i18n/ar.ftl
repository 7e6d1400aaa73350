# واجهة مرصد بالعربية. لكل رسالة هنا نظيرها في en.ftl. صيغ الجمع الست: zero وone وtwo
# وfew (3–10) وmany (11–99) وother (100 فأكثر).

## شريط الحالة

status-characters = { $count ->
    [zero] لا محارف
    [one] محرف واحد
    [two] محرفان
    [few] { $count } محارف
    [many] { $count } محرفًا
   *[other] { $count } محرف
}
status-annotations = { $total ->
    [zero] لا توسيمات
    [one] توسيم واحد
    [two] توسيمان
    [few] { $total } توسيمات
    [many] { $total } توسيمًا
   *[other] { $total } توسيم
} ({ $actors ->
    [zero] لا فاعلين
    [one] فاعل واحد
    [two] فاعلان
    [few] { $actors } فاعلين
    [many] { $actors } فاعلًا
   *[other] { $actors } فاعل
}، { $locations ->
    [zero] لا مواقع
    [one] موقع واحد
    [two] موقعان
    [few] { $locations } مواقع
    [many] { $locations } موقعًا
   *[other] { $locations } موقع
}، { $claims ->
    [zero] لا ادعاءات
    [one] ادعاء واحد
    [two] ادعاءان
    [few] { $claims } ادعاءات
    [many] { $claims } ادعاءً
   *[other] { $claims } ادعاء
})
status-orphaned = { $count ->
    [zero] لا توسيمات يتيمة
    [one] توسيم يتيم واحد
    [two] توسيمان يتيمان
    [few] { $count } توسيمات يتيمة
    [many] { $count } توسيمًا يتيمًا
   *[other] { $count } توسيم يتيم
}

## عرض وسم المواضع الأخرى للكيان

offer-untagged = { $count ->
    [one] إشارة أخرى واحدة غير موسومة
    [two] إشارتان أخريان غير موسومتين
    [few] { $count } إشارات أخرى غير موسومة
    [many] { $count } إشارةً أخرى غير موسومة
   *[other] { $count } إشارة أخرى غير موسومة
} إلى «{ $name }» في هذه المقالة.

## القوائم

menu-file = ملف
menu-edit = تحرير
menu-tag = وسم
menu-view = عرض
menu-help = مساعدة

## الأوامر: تسمياتها في القوائم والأزرار، وما يشرحه المرور فوقها

action-open-file = فتح مقالة…
action-open-file-tip = فتح مقالة (‎.txt أو ‎.md) من نافذة اختيار الملفات
action-open-folder = فتح مجلد…
action-open-folder-tip = فتح مجلد مقالات وسردها مع أعداد توسيماتها
action-save = حفظ
action-save-tip = حفظ التوسيمات في الملف المرافق الآن (تُحفظ تلقائيًا أيضًا)
action-next-article = المقالة التالية
action-next-article-tip = الحفظ ثم فتح المقالة التالية من المدوَّنة
action-previous-article = المقالة السابقة
action-previous-article-tip = الحفظ ثم فتح المقالة السابقة من المدوَّنة
action-toggle-done = تعليم المقالة مكتملة
action-toggle-done-tip = تعليم المقالة بأنها وُسِمت بالكامل أو إلغاء ذلك (يظهر في قائمة المدوَّنة)
action-export = تصدير…
action-export-tip = تصدير المقالة أو المدوَّنة كلها بصيغة CSV أو W3C Web Annotation أو brat أو CoNLL أو تقرير HTML
action-undo = تراجع
action-undo-tip = التراجع عن آخر تغيير في التوسيمات أو الكيانات
action-redo = إعادة
action-redo-tip = إعادة آخر تغيير تُرُوجِع عنه
action-copy-citation = نسخ الاستشهاد
action-copy-citation-tip = نسخ الادعاء المحدَّد، أو كل ادعاء في النص المحدَّد، بصيغة «الاقتباس» — القائل، الوسيلة الإعلامية، التاريخ، الرابط، تاريخ الاطلاع (مع عزل العربية لتُلصق بترتيبها)
action-find = بحث…
action-find-tip = البحث عن كلمات في المقالة مع تجاهل الحركات وصور الهمزة والسوابق المتصلة و ف ب ل ك ال
action-find-next = النتيجة التالية
action-find-next-tip = الانتقال إلى النتيجة التالية
action-find-previous = النتيجة السابقة
action-find-previous-tip = الانتقال إلى النتيجة السابقة
action-delete = حذف التوسيم
action-delete-tip = إزالة التوسيم المحدَّد
action-tag-actor = فاعل
action-tag-actor-tip = وسم النص المحدَّد فاعلًا (من يفعل) وربطه بكيان
action-tag-location = موقع
action-tag-location-tip = وسم النص المحدَّد موقعًا وربطه بكيان
action-tag-claim = ادعاء
action-tag-claim-tip = وسم النص المحدَّد ادعاءً (من يقول ماذا)
action-tag-all = وسم كل الإشارات…
action-tag-all-tip = مراجعة الإشارات الأخرى إلى كيان الإشارة المحدَّدة ووسمها
action-make-corpus = اعتماد هذا المجلد مدوَّنةً
action-make-corpus-tip = الاحتفاظ بسجلّ كيانات واحد لكل مقالات هذا المجلد وما تحته (marsad-corpus.ron)، واقتراح أسمائه في كل مقالة
action-next-suggestion = الاقتراح التالي
action-next-suggestion-tip = الانتقال إلى الإشارة التالية التي يقترحها سجلّ الكيانات
action-previous-suggestion = الاقتراح السابق
action-previous-suggestion-tip = الانتقال إلى الإشارة السابقة التي يقترحها سجلّ الكيانات
action-accept-suggestion = قبول الاقتراح
action-accept-suggestion-tip = وسم الاقتراح الحالي إشارةً إلى الكيان الذي يسمّيه
action-accept-all-suggestions = قبول كل اقتراحات هذا الكيان
action-accept-all-suggestions-tip = وسم كل اقتراحات كيان الاقتراح الحالي في هذه المقالة
action-reject-suggestion = رفض الاقتراح
action-reject-suggestion-tip = ليست إشارة إلى ذلك الكيان: لا يُقترح هنا مرة أخرى
action-pick-speaker = اختيار القائل من النص
action-pick-speaker-tip = ثم انقر إشارةً إلى فاعل في النص لتجعله قائل الادعاء المحدَّد
action-zoom-in = تكبير النص
action-zoom-in-tip = تكبير نص المقالة
action-zoom-out = تصغير النص
action-zoom-out-tip = تصغير نص المقالة
action-zoom-reset = حجم النص الافتراضي
action-zoom-reset-tip = إعادة نص المقالة إلى حجمه الافتراضي
action-toggle-controls = إظهار محارف التحكم بالاتجاه
action-toggle-controls-tip = إظهار علامات الاتجاه غير المرئية (RLM وRLO وLRI…)، التي قد تُخفي النص أو تعيد ترتيبه، علاماتٍ مرئية
action-toggle-theme = السمة الفاتحة أو الداكنة
action-toggle-theme-tip = التبديل بين السمة الفاتحة والسمة الداكنة
action-help = اختصارات لوحة المفاتيح
action-help-tip = سرد كل أمر واختصاره
action-about = عن مرصد
action-about-tip = الإصدار والترخيص والخطوط ومكان حفظ الإعدادات وملفات الاسترداد

## قيم النموذج كما تسمّيها النافذة

claim-status-unverified = غير متحقَّق منه
claim-status-corroborated = مؤكَّد
claim-status-disputed = متنازَع عليه
claim-status-denied = منفيّ
claim-status-false = كاذب
reliability-a = A موثوق تمامًا
reliability-b = B موثوق عادةً
reliability-c = C موثوق إلى حدٍّ ما
reliability-d = D غير موثوق عادةً
reliability-e = E غير موثوق
reliability-f = F لا يمكن الحكم عليه
credibility-1 = 1 مؤكَّدة
credibility-2 = 2 صحيحة على الأرجح
credibility-3 = 3 قد تكون صحيحة
credibility-4 = 4 مشكوك فيها
credibility-5 = 5 مستبعَدة
credibility-6 = 6 لا يمكن الحكم عليها
quotation-indirect = اقتباس غير مباشر
quotation-direct = اقتباس مباشر
relation-none = لا يردّ على ادعاء آخر
relation-denies = ينفي
relation-disputes = يطعن في
actor-type-1 = قوات حكومية
actor-type-2 = جماعة متمرّدة
actor-type-3 = ميليشيا سياسية
actor-type-4 = ميليشيا هوياتية
actor-type-5 = مشاغبون
actor-type-6 = محتجّون
actor-type-7 = مدنيون
actor-type-8 = قوات خارجية/أخرى
precision-exact = 1 المكان نفسه
precision-near = 2 قربه، أو جزء من منطقة
precision-region = 3 المنطقة فقط

## شريط الحالة: المقالة والتحديد والحفظ

status-encoding = الترميز: { $name }
status-line-endings = نهايات الأسطر: { $name }
status-controls = { $count ->
    [one] محرف تحكم بالاتجاه غير مرئي واحد
    [two] محرفا تحكم بالاتجاه غير مرئيين
    [few] { $count } محارف تحكم بالاتجاه غير مرئية
    [many] { $count } محرفَ تحكم بالاتجاه غير مرئي
   *[other] { $count } محرف تحكم بالاتجاه غير مرئي
}
status-controls-tip = «إظهار محارف التحكم بالاتجاه» في قائمة «عرض» يُظهرها علاماتٍ مرئية
status-selected = المحدَّد { $start }–{ $end }
save-read-only = للقراءة فقط
save-saving = جارٍ الحفظ…
save-unsaved = تغييرات غير محفوظة
save-saved = محفوظ
sidecar-missing = لا ملف مرافق بعد
sidecar-format = صيغة الملف المرافق { $version }
sidecar-newer = صيغة الملف المرافق { $version } (أحدث: للقراءة فقط)
sidecar-unreadable = تعذّرت قراءة الملف المرافق: { $error }

## الشريط العلوي وقائمة «عرض»

top-select-first = حدِّد نصًّا في المقالة أولًا
top-article-path = مسار المقالة
top-open = فتح
top-open-sample = فتح المثال
top-open-sample-tip = تقرير عربي قصير كُتب لمرصد، لتجربته عليه
open-opening = جارٍ فتح { $file }…
open-reading-mb = قراءة { $read } من { $size } ميغابايت
open-stage-reading = القراءة
open-stage-decoding = فكّ الترميز
open-stage-placing = وضع التوسيمات في مواضعها
open-stage-preparing = تهيئة النص
menu-open-recent = فتح ملف حديث
menu-recent-none = لا شيء بعد
view-language = اللغة
view-theme = السمة
view-theme-system = سمة النظام
view-theme-light = فاتحة
view-theme-dark = داكنة
view-panels = الألواح
view-panel-lists = المدوَّنة والكيانات
view-panel-inspector = لوحة الخصائص
view-panel-claims = الادعاءات
view-article-font = خط المقالة
view-face-amiri = أميري (نسخ)
view-face-noto = نوتو سانس العربي (بلا زوائد)
view-size = الحجم { $points } نقطة
view-line-spacing = تباعد الأسطر
view-snap-words = تحديد كلمات كاملة
view-snap-words-tip = يتّسع التحديد بالفأرة إلى كلمات كاملة. اضغط Ctrl أثناء السحب لتحديد محارف بعينها.
view-controls-shown = محارف التحكم بالاتجاه ظاهرة
view-controls-hidden = محارف التحكم بالاتجاه مخفية

## القوائم: المدوَّنة والكيانات والادعاءات حسب القائل وجدول الادعاءات

lists-corpus = المدوَّنة: { $folder }
lists-listing = جارٍ السرد…
lists-corpus-row = { $file } · فاعلون { $actors } · مواقع { $locations } · ادعاءات { $claims }
lists-corpus-row-done = { $file } · فاعلون { $actors } · مواقع { $locations } · ادعاءات { $claims } · مكتملة
lists-corpus-keys = التالية والسابقة: Ctrl+PageDown وCtrl+PageUp
lists-actors = الفاعلون ({ $count })
lists-locations = المواقع ({ $count })
lists-entities-none = لا شيء بعد: حدِّد اسمًا واضغط A أو L
lists-next-mention = الانتقال إلى إشارته التالية
lists-orphaned = { $count ->
    [one] توسيم يتيم واحد (ليس في النص الحالي)
    [two] توسيمان يتيمان (ليسا في النص الحالي)
    [few] { $count } توسيمات يتيمة (ليست في النص الحالي)
    [many] { $count } توسيمًا يتيمًا (ليست في النص الحالي)
   *[other] { $count } توسيم يتيم (ليست في النص الحالي)
}
lists-claims-by-speaker = الادعاءات حسب القائل ({ $count })
lists-claims-none = لا شيء بعد: حدِّد جملة واضغط C
lists-next-claim = الانتقال إلى ادعائه التالي
lists-no-speaker = بلا قائل بعد ({ $count })
lists-claims = الادعاءات ({ $count })
claims-speaker = القائل
claims-cue = فعل الإسناد
claims-status = الحالة
claims-answers = يردّ على
claims-claim = الادعاء

## شريط البحث

find-label = بحث
find-hint = كلمة أو اسم
find-previous = السابق
find-previous-tip = النتيجة السابقة (Shift+Enter وShift+F3)
find-next = التالي
find-next-tip = النتيجة التالية (Enter وF3)
find-close = إغلاق
find-close-tip = إغلاق (Escape)
find-none = لا نتائج
find-at = { $at } من { $count }
find-at-inside-words = { $at } من { $count } (داخل كلمات)
find-count = { $count ->
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجةً
   *[other] { $count } نتيجة
}

## وسم كل الإشارات، واختيار القائل، وكلمات عامة

offer-review = مراجعة ووسم…
offer-dismiss = تجاهل
offer-window = وسم كل الإشارات
offer-others = الإشارات الأخرى إلى «{ $name }»:
offer-tag-this = وسم هذه الإشارة
offer-show = إظهارها في النص
offer-tag = { $count ->
    [one] وسم إشارة واحدة
    [two] وسم إشارتين
    [few] وسم { $count } إشارات
    [many] وسم { $count } إشارةً
   *[other] وسم { $count } إشارة
}
speaker-picking = انقر إشارةً إلى فاعل لتجعله قائل الادعاء (Escape للإلغاء)
cancel = إلغاء

## لوحة الخصائص

inspector-article = المقالة
inspector-select = حدِّد توسيمًا في النص لتحريره.
inspector-done = مكتملة: وُسِمت بالكامل
inspector-done-tip = تظهر في قائمة المدوَّنة (Ctrl+D)
field-outlet = الوسيلة الإعلامية
field-url = الرابط
field-published = تاريخ النشر (YYYY-MM-DD)
claim-copy-citation = نسخ الاستشهاد:
claim-copy-citation-tip = «الاقتباس» — القائل، الوسيلة الإعلامية، التاريخ، الرابط، تاريخ الاطلاع (Ctrl+Shift+C)
claim-speaker = القائل
claim-no-speaker = لا قائل بعد
claim-pick = اختيار من النص
claim-pick-tip = ثم انقر إشارةً إلى فاعل (S؛ أو Ctrl مع النقر)
claim-clear = مسح
claim-choose-speaker = اختيار القائل
claim-cue = فعل الإسناد
claim-cue-from-selection = فعل الإسناد من التحديد
claim-cue-tip = حدِّد فعل الإسناد (قال، نفى، أكد…) في النص، ثم انقر
claim-clear-cue = مسح فعل الإسناد
claim-status = الحالة
claim-reliability = موثوقية المصدر
claim-credibility = مصداقية المعلومة
claim-relation = العلاقة
claim-the-claim = …الادعاء:
claim-answer-this = الردّ على هذا الادعاء
claim-tag-other-first = وسِّم الادعاء الآخر أولًا.
claim-go-answered = الانتقال إلى الادعاء المردود عليه
entity-heading = الكيان
entity-not-linked = غير مرتبط بكيان.
entity-tag-all = وسم كل الإشارات…
entity-tag-all-tip = مراجعة إشاراته الأخرى ووسمها (T)
entity-matching = كيانات مطابقة
entity-link-this = ربط الإشارة بهذا الكيان
entity-link-other = ربط بكيان آخر
entity-new-from-mention = كيان جديد من هذه الإشارة
entity-unlink = فكّ الربط
field-name = الاسم
field-wikidata = ويكي بيانات
field-actor-type = نوع الفاعل (ACLED)
field-latitude = خط العرض
field-longitude = خط الطول
field-country = البلد
field-admin1 = المستوى الإداري 1
field-admin2 = المستوى الإداري 2
field-admin3 = المستوى الإداري 3
field-precision = دقة الموقع
field-entity-note = ملاحظة الكيان
entity-aliases = الأسماء البديلة
entity-remove-alias = إزالة هذا الاسم البديل
entity-add-alias = إضافة هذه الإشارة اسمًا بديلًا
entity-add-alias-tip = إضافة «{ $name }» إلى أسماء الكيان
field-new-alias = اسم بديل جديد
entity-add = إضافة
inspector-actor-mention = إشارة إلى فاعل
inspector-location-mention = إشارة إلى موقع
inspector-claim = ادعاء
inspector-moved = تغيّرت المقالة؛ فوُضع هذا على نص مختلف. كان:
inspector-accept-new = قبول النص الجديد
field-note = ملاحظة
inspector-delete = حذف التوسيم
inspector-delete-tip = إزالته (Delete)
entity-mentions = { $count ->
    [zero] لا إشارات في هذه المقالة
    [one] إشارة واحدة في هذه المقالة
    [two] إشارتان في هذه المقالة
    [few] { $count } إشارات في هذه المقالة
    [many] { $count } إشارةً في هذه المقالة
   *[other] { $count } إشارة في هذه المقالة
}
field-too-long = { $field }: أطول من أن يُحرَّر هنا ({ $kb } كيلوبايت)؛ يُترك كما هو.

## النوافذ التي تسأل: الإغلاق والاسترداد والتعارضات؛ والإفلات

diff-added = { $count ->
    [one] أُضيف توسيم واحد
    [two] أُضيف توسيمان
    [few] أُضيفت { $count } توسيمات
    [many] أُضيف { $count } توسيمًا
   *[other] أُضيف { $count } توسيم
}
diff-removed = { $count ->
    [one] حُذف واحد
    [two] حُذف اثنان
   *[other] حُذف { $count }
}
diff-changed = { $count ->
    [one] عُدِّل واحد
    [two] عُدِّل اثنان
   *[other] عُدِّل { $count }
}
diff-entities = { $count ->
    [one] كيان واحد أُضيف أو حُذف أو عُدِّل
    [two] كيانان أُضيفا أو حُذفا أو عُدِّلا
    [few] { $count } كيانات أُضيفت أو حُذفت أو عُدِّلت
    [many] { $count } كيانًا أُضيفت أو حُذفت أو عُدِّلت
   *[other] { $count } كيان أُضيفت أو حُذفت أو عُدِّلت
}
diff-meta = عُدِّلت بيانات المقالة
diff-none = لا فروق
list-separator = { "، " }
kind-actor = فاعل
kind-location = موقع
kind-claim = ادعاء
close-conflicts = تعارضات للمراجعة
close-conflicts-text = تغيّر الملف المرافق في مكان آخر بينما كانت في هذه النافذة تغييرات غير محفوظة. حُفظ الاثنان معًا، لكن { $count ->
    [one] توسيمًا واحدًا عُدِّل
    [two] توسيمين عُدِّلا
    [few] { $count } توسيمات عُدِّلت
    [many] { $count } توسيمًا عُدِّلت
   *[other] { $count } توسيم عُدِّلت
} في المكانين، فأُبقيت نسخة هذه النافذة.
close-review = مراجعة التعارضات
close-keeping-mine = إغلاق مع إبقاء نسخ هذه النافذة
close-not-saved = لم تُحفظ التوسيمات
close-not-saved-text = تعذّر على مرصد حفظ التوسيمات: { $reason }
    الإغلاق الآن يُضيّع التغييرات منذ آخر حفظ، إلا ما يحفظه ملف الاسترداد: يعرضه مرصد عند فتح المقالة مرة أخرى.
close-keep-open = إبقاء مرصد مفتوحًا
close-without-saving = إغلاق دون حفظ
recovery-title = استرداد التوسيمات غير المحفوظة
recovery-text = انتهى مرصد دون حفظ توسيمات هذه المقالة. ملف استرداد كُتب في { $when } يحوي تغييرات ليست في التوسيمات المحفوظة: { $changes }.
recovery-text-undated = انتهى مرصد دون حفظ توسيمات هذه المقالة. ملف استرداد يحوي تغييرات ليست في التوسيمات المحفوظة: { $changes }.
recovery-restore = استرداد
recovery-restore-tip = أخذ التوسيمات المستردّة (Ctrl+Z يتراجع عن ذلك)
recovery-discard = تجاهل
recovery-discard-tip = إبقاء التوسيمات المحفوظة وحذف ملف الاسترداد
conflicts-title = التعارضات
conflicts-text = عُدِّلت هذه التوسيمات هنا وفي الملف المرافق الذي حفظه شخص آخر. أُبقيت نسخة هذه النافذة؛ خذ النسخة الأخرى حيث تكون هي الصحيحة.
conflict-removed-here = حُذف هنا وعُدِّل هناك
conflict-removed-there = عُدِّل هنا وحُذف هناك
conflict-edited-both = عُدِّل هنا وهناك على نحو مختلف
conflict-take-theirs = أخذ نسختهم
conflict-remove-as-they-did = حذفه كما فعلوا
conflict-keep-mine = إبقاء نسختي للجميع
drop-hint = أفلِت مقالة أو مجلدًا لفتحه
diff-line = { $sign } { $kind }: «{ $quote }»

## الترحيب والتنبيهات وقائمة السياق والمساعدة و«عن مرصد»

welcome-title = مرصد · Marsad
welcome-text = افتح مقالة (Ctrl+O) أو مجلد مقالات (Ctrl+Shift+O)، أو اكتب مسارًا في الأعلى، أو أفلِت ملفًا أو مجلدًا على النافذة.
welcome-recent = الملفات الحديثة
failed-title = تعذّر فتح المقالة
notice-edit-anyway = التحرير رغم ذلك
notice-edit-anyway-tip = قد تحفظ النافذتان عندئذٍ: الحفظ الأخير يدمج ما كتبته الأخرى أو يبلّغ عنه
context-nothing = حدِّد نصًّا لوسمه، أو انقر توسيمًا
help-title = اختصارات لوحة المفاتيح
help-text = حدِّد نصًّا بالفأرة (أو Shift مع الأسهم)، ثم اضغط A أو L أو C. انقر توسيمًا لتحديده؛ Delete يزيله. لا تعمل الاختصارات أثناء الكتابة في حقل.
help-menu-only = من القائمة فقط
about-no-data-folder = لا مكان: لا مجلد بيانات في هذا النظام
about-title = عن مرصد
about-version = مرصد { $version }
about-description = توسيم الأخبار العربية عن النزاعات المسلحة: الفاعلون والمواقع والادعاءات
about-app-id = معرّف التطبيق: { $id }
about-licence = الشيفرة مرخّصة بموجب { $licence }؛ والخطوط المرفقة بموجب رخصة SIL Open Font License 1.1 (OFL-1.1). في النسخة المثبّتة، نصوص التراخيص في ‎/usr/share/doc/marsad/‎.
about-font-amiri = أميري (نسخ، خط المقالة)
about-font-noto = نوتو سانس العربي ونوتو سانس (الواجهة)
about-settings = الإعدادات
about-annotations = التوسيمات
about-annotations-where = بجانب كل مقالة: a.txt.marsad.ron (و‎.bak‎، النسخة السابقة)
about-recovery = ملفات الاسترداد
about-recovery-where = بجانب كل مقالة ما دامت التغييرات غير محفوظة: a.txt.marsad.ron.recovery
about-sample = المقالة المثال
about-sample-none = غير مثبّتة
about-sample-where = { $bundled }، تُفتح نسخةٌ منها في { $folder }

## التصدير

export-choose-folder-first = اختر مجلدًا للتصدير إليه
open-article-first = افتح مقالة أولًا
export-title = تصدير
export-format = الصيغة
export-format-csv = جداول CSV (التوسيمات والادعاءات)
export-format-w3c = W3C Web Annotation ‏(JSON-LD)
export-format-brat = صيغة brat المنفصلة (‎.txt و‎.ann)
export-format-conll = وحدات CoNLL بترميز IOB
export-format-html = تقرير HTML
export-this-article = هذه المقالة
export-whole-corpus = { $count ->
    [zero] المدوَّنة كلها (لا مقالات)
    [one] المدوَّنة كلها (مقالة واحدة)
    [two] المدوَّنة كلها (مقالتان)
    [few] المدوَّنة كلها ({ $count } مقالات)
    [many] المدوَّنة كلها ({ $count } مقالةً)
   *[other] المدوَّنة كلها ({ $count } مقالة)
}
export-to = التصدير إلى
export-choose = اختيار…
export-progress = { $done } من { $total }
export-start = تصدير
export-result = صُدِّرت { $done } من { $total }
export-result-cancelled = صُدِّرت { $done } من { $total }، وأُلغي الباقي
export-summary = صُدِّرت { $done } من { $total ->
    [one] مقالة واحدة
    [two] مقالتين
    [few] { $total } مقالات
    [many] { $total } مقالةً
   *[other] { $total } مقالة
} بصيغة { $format } إلى { $folder }
export-summary-cancelled = { " (أُلغي الباقي)" }
export-summary-failed = { $count ->
    [one] أخفقت واحدة
    [two] أخفقت اثنتان
   *[other] أخفقت { $count }
}
export-summary-orphans = { $count ->
    [one] أُغفل توسيم يتيم واحد (لم يعد في النص)
    [two] أُغفل توسيمان يتيمان (لم يعودا في النص)
    [few] أُغفلت { $count } توسيمات يتيمة (لم تعد في النص)
    [many] أُغفل { $count } توسيمًا يتيمًا (لم تعد في النص)
   *[other] أُغفل { $count } توسيم يتيم (لم تعد في النص)
}
export-summary-warnings = { $count ->
    [two] تحذيران (مسرودان في نافذة التصدير)
    [few] { $count } تحذيرات (مسرودة في نافذة التصدير)
    [many] { $count } تحذيرًا (مسرودة في نافذة التصدير)
   *[other] { $count } تحذير (مسرودة في نافذة التصدير)
}
clause-separator = { "؛ " }
citation-copied = نُسخ الاستشهاد ({ $style })
citation-plain = نص عادي
citation-markdown = Markdown
citation-html = HTML
citation-csl-json = CSL-JSON

## ما تقوله أوامر المقالة حين يتعذّر تنفيذها، وتسميات التمرير

err-select-claim-for-speaker = حدِّد ادعاءً أولًا، ثم اختر قائله
err-needs-no-article = لا يحتاج «{ $command }» إلى مقالة
err-select-text-first = حدِّد نصًّا أولًا، ثم اضغط A أو L أو C
err-select-mention-first = حدِّد إشارةً إلى فاعل أو موقع أولًا
err-all-tagged = كل إشاراته موسومة بالفعل
err-select-annotation-first = حدِّد توسيمًا أولًا (انقره)
err-nothing-to-undo = لا شيء للتراجع عنه
err-nothing-to-redo = لا شيء لإعادته
err-speaker-unlinked = إشارة الفاعل هذه غير مرتبطة بكيان: اربطها أولًا
err-click-actor-for-speaker = انقر إشارةً إلى فاعل لتجعله القائل
err-select-claim-first = حدِّد ادعاءً أولًا
err-select-cue-first = حدِّد كلمات فعل الإسناد في النص أولًا
err-select-claim-to-cite = حدِّد ادعاءً (أو نصًّا فيه ادعاءات) للاستشهاد به
hover = { $kind }: «{ $quote }»
hover-with-entity = { $kind }: «{ $quote }» — { $entity }

## التنبيهات فوق المقالة

quoted = «{ $quote }»
notice-read-only = التوسيمات للقراءة فقط: { $reason }
notice-orphans = { $count ->
    [one] تعذّر وضع توسيم واحد في النص الحالي فأُبقي يتيمًا: { $quotes }
    [two] تعذّر وضع توسيمين في النص الحالي فأُبقيا يتيمين: { $quotes }
    [few] تعذّر وضع { $count } توسيمات في النص الحالي فأُبقيت يتيمة: { $quotes }
    [many] تعذّر وضع { $count } توسيمًا في النص الحالي فأُبقيت يتيمة: { $quotes }
   *[other] تعذّر وضع { $count } توسيم في النص الحالي فأُبقيت يتيمة: { $quotes }
}
notice-placed-text-changed = تغيّر نص المقالة منذ حُفظت التوسيمات: أُعيد وضع { $count } منها ({ $fuzzy } على نص يختلف عن اقتباسه؛ يُحفظ اقتباسه القديم للمراجعة).
notice-placed-offsets = لم تطابق بعض التوسيمات النص عند مواضعها: أُعيد وضع { $count } منها ({ $fuzzy } على نص يختلف عن اقتباسه؛ يُحفظ اقتباسه القديم للمراجعة).

## القرص: الاسترداد، وملف كاتب آخر المرافق، وتغيّر المقالة

recovery-unreadable = وُجد ملف استرداد تتعذّر قراءته، فتُرك كما هو: { $error }
reload-removed = حذف شخص آخر الملف المرافق من القرص؛ ستُحفظ التوسيمات هنا من جديد
reload-merged = تغيّر الملف المرافق على القرص ({ $changes })؛ دُمج مع التغييرات غير المحفوظة هنا
reload-reloaded = تغيّر الملف المرافق على القرص ({ $changes })؛ أُعيد تحميله
reload-conflicts = { $count ->
    [one] واحد عُدِّل هنا وهناك
    [two] اثنان عُدِّلا هنا وهناك
   *[other] { $count } عُدِّلت هنا وهناك
}: أُبقيت نسخة هذه النافذة (انظر «التعارضات»)
reload-failed = تغيّر الملف المرافق على القرص وتعذّر أخذه، فلا يُحفظ شيء فوقه؛ التوسيمات هنا محفوظة في ملف الاسترداد: { $error }
article-gone = { $file }: نُقلت المقالة أو حُذفت من القرص؛ تبقى توسيماتها مفتوحة هنا
article-edited-not-saved = عُدِّلت المقالة على القرص، لكنها لا تُعاد فتحها لأن التوسيمات تعذّر حفظها أولًا: { $error }
article-reopened = { $file }: عُدِّلت المقالة على القرص فأُعيد فتحها؛ وُضعت توسيماتها في النص الجديد
recovery-restored = اُسترِد: { $changes }
recovery-not-restored = تعذّر استرداد ملف الاسترداد: { $error }
recovery-discarded = تُجوهلت التوسيمات المستردّة
conflict-took-theirs = أُخذت النسخة الأخرى من { $what } (Ctrl+Z يتراجع عن ذلك)

## ما تقوله النافذة عن الفتح والحفظ والتنقّل في المدوَّنة

err-no-sample = لا مقالة مثال هنا
err-sample = تعذّر فتح المقالة المثال: { $error }
conflicts-kept-mine = أُبقيت نسخة هذه النافذة من كل توسيم متعارض
err-stays-open = { $error }. تبقى المقالة مفتوحة فلا يضيع شيء.
err-open-folder-first = افتح مجلدًا أولًا («فتح مجلد…» في قائمة «ملف»)
err-folder-empty = لا مقالات في المجلد
err-last-article = هذه آخر مقالة في المجلد
err-first-article = هذه أول مقالة في المجلد
no-dialog-export = لا نافذة لاختيار الملفات هنا: اكتب المجلد في نافذة التصدير
no-dialog-article = لا نافذة لاختيار الملفات هنا: اكتب مسار المقالة في الحقل أعلاه واضغط Enter
no-dialog-folder = لا نافذة لاختيار الملفات هنا: اكتب مسار المجلد في الحقل أعلاه واضغط Enter
err-save-conflicts = تغيّر الملف المرافق في مكان آخر، و{ $count ->
    [one] عُدِّل توسيم واحد
    [two] عُدِّل توسيمان
    [few] عُدِّلت { $count } توسيمات
    [many] عُدِّل { $count } توسيمًا
   *[other] عُدِّل { $count } توسيم
} هناك وهنا: راجِعها في نافذة «التعارضات» أولًا
err-no-article = لا مقالة مفتوحة
err-not-saved = لم يُحفظ: { $reason }

## أخطاء المكتبة كما تصوغها النافذة (app/errors.rs)

io-permission-denied = الإذن مرفوض
io-not-found = لا يوجد ملف أو مجلد بهذا الاسم
io-storage-full = القرص ممتلئ
io-read-only-fs = القرص للقراءة فقط
io-is-a-folder = إنه مجلد
load-not-found = { $file }: لا يوجد ملف بهذا الاسم
load-is-folder = { $file }: مجلد، لا ملف مقالة
load-not-a-file = { $file }: ليس ملفًا عاديًا
load-empty = { $file }: فارغ: لا نص فيه للتوسيم
load-too-large = { $file }: حجمه { $size } ميبيبايت، أكبر من الحد المسموح للمقالة الواحدة ({ $limit } ميبيبايت)
load-binary = { $file }: ليس ملفًا نصيًا: { $what }
load-unreadable = { $file }: تتعذّر قراءته: { $reason }
sidecar-err-unreadable = { $file }: تتعذّر قراءته: { $reason }
sidecar-err-too-large = { $file }: حجمه { $size } بايت، أكثر من { $limit } ميبيبايت المسموح بها لملف التوسيمات
sidecar-err-not-utf8 = { $file }: ليس نصًا بترميز UTF-8
sidecar-err-syntax = { $file }: السطر { $line }، العمود { $column }: { $detail }
sidecar-err-too-new = { $file }: كتبته نسخة أحدث من مرصد (إصدار الصيغة { $found })؛ وهذه النسخة تقرأ إصدارات الصيغة حتى { $supported }: حدِّث مرصد لفتحه
sidecar-err-unknown-version = { $file }: إصدار الصيغة { $found } لم يكتبه مرصد قطّ
sidecar-err-invalid = { $file }: التوسيمات غير متّسقة: { $detail }
sidecar-err-serialize = { $file }: تعذّرت كتابته: { $detail }
sidecar-err-read-only = { $file }: لم يُحفظ: { $reason }
sidecar-err-changed = { $file }: لم يُحفظ: تغيّر الملف على القرص بعد فتحه (نافذة أخرى لمرصد، أو مزامنة، أو git pull؟)؛ ولن يكتب مرصد فوق هذا التغيير
sidecar-err-merge = { $file }: لم يُحفظ: تعذّر دمج هذه التوسيمات مع المحفوظة في مكان آخر: { $detail }
sidecar-err-write = { $file }: تعذّر حفظه: { $reason }
read-only-newer = كتبته نسخة أحدث من مرصد (إصدار الصيغة { $found }؛ وهذه تكتب { $supported })، لذا فُتح للقراءة فقط
read-only-unreadable = تعذّرت قراءته ({ $error })، لذا لن يكتب مرصد فوقه
corpus-err-no-articles = { $folder }: لا مقالات في المجلد (ملفات تنتهي بـ ‎.txt أو ‎.md أو ‎.markdown أو ‎.text)
corpus-err-unreadable = { $folder }: تتعذّر قراءة المجلد: { $reason }
cmd-read-only = التوسيمات للقراءة فقط: { $reason }
cmd-empty-span = حدِّد نصًّا أولًا
cmd-already-tagged = «{ $quote }» موسوم من قبلُ بوصفه { $kind }
cmd-no-annotation = لم يعد هذا التوسيم موجودًا
cmd-not-an-actor = لا يكون القائل إلا كيانًا فاعلًا
cmd-nothing-to-tag = كل هذه الإشارات موسومة من قبلُ
cmd-not-a-claim = هذا التوسيم ليس ادعاءً
cmd-invalid-document = يتعذّر أخذ هذه الوثيقة: { $detail }
cmd-wrong-kind = لا تُربط إشارة من نوع «{ $kind }» إلا بكيان من النوع نفسه
edit-no-entity = لم يعد هذا الكيان موجودًا
edit-entity-in-use = ما زالت توسيمات مرتبطة بالكيان؛ افصلها عنه أولًا
edit-missing-entity = يشير التوسيم إلى كيان غير موجود
edit-malformed = التوسيم معيب: نطاق فارغ، أو تفاصيل ادعاء لا تناسب نوعه
window-title = مرصد — { $title }
dialog-articles = المقالات
entity-matching-tip = الكيانات التي يطابق اسمها أو أحد أسمائها البديلة هذه الإشارة (مع و ف ب ل ك ال أو دونها)
read-only-held = { $holder } يفتح هذه المقالة، لذا فهي هنا للقراءة فقط كي لا يكتب أحدهما فوق الآخر
corpus-thread-stopped = توقّفت قراءة قائمة المجلد قبل أن تكتمل
recovery-not-discarded = { $file }: تعذّر حذف ملف الاستعادة: { $reason }
export-err-sidecar = { $file }: ملف توسيمات لمرصد، لا مقالة
export-err-out-folder = { $file }: يتعذّر إنشاء مجلد التصدير: { $reason }
export-err-unreadable = { $file }: لم تُصدَّر: تعذّرت قراءة توسيماتها ({ $error })
export-err-render = { $file }: { $detail }
export-err-folder = { $file }: { $folder }: يتعذّر إنشاؤه: { $reason }
export-err-refused = { $file }: لم تُصدَّر: { $path }: { $why }؛ اختر مجلد تصدير آخر
export-err-write = { $file }: { $path }: تتعذّر كتابته: { $reason }
export-err-stopped = توقّف التصدير على نحو غير متوقَّع
export-refused-article = كان سيُكتب فوق مقالة
export-refused-sidecar = كان سيُكتب فوق ملف توسيمات
export-refused-neighbour = كان سيُكتب فوق مقالة مجاورة للمقالات المصدَّرة
export-refused-same-name = لمقالة أخرى في هذا التصدير الاسم نفسه
export-warning = { $file }: { $what }
export-warn-url = رابط المقالة «{ $url }» ليس رابطًا صالحًا ({ $detail }): كُتبت أهداف W3C بلا نطاق
export-warn-wikidata = معرّف ويكي بيانات لـ{ $name } هو «{ $id }»، وهو ليس معرّفًا صالحًا (Q تليه أرقام): رُبط بمعرّف urn:uuid الخاص به بدلًا منه
lists-counting = عدّ التوسيمات: { $done } من { $total ->
        [one] مقالة واحدة
        [two] مقالتين
        [few] { $total } مقالات
       *[other] { $total } مقالة
    }
lists-corpus-row-counting = { $file } · …

## سجلّ الكيانات واقتراحاته

registry-err-unreadable = { $file }: تتعذّر قراءة سجلّ الكيانات: { $reason }
registry-err-syntax = { $file }: يتعذّر تحليل سجلّ الكيانات: السطر { $line }، العمود { $column }: { $detail }
registry-err-too-new = { $file }: كتبت سجلَّ الكيانات نسخةٌ أحدث من مرصد (إصدار الصيغة { $found }): حدِّث مرصد لاستخدامه
registry-err-not-saved = { $file }: لم يُحفظ سجلّ الكيانات: { $reason }؛ ولن يكتب مرصد فوقه حتى يُصلَح
registry-err-exists = { $file }: هذا المجلد مدوَّنة من قبل
registry-err-other = { $detail }
notice-registry = تعذّر استخدام سجلّ الكيانات: { $reason }. تُعرض المقالة بالكيانات التي يحفظها ملف توسيماتها، ولا يُكتب السجلّ حتى يُصلَح.
notice-missing = { $count ->
    [one] كيان واحد من هذه المقالة ليس في سجلّ الكيانات ({ $names }): تُستخدم نسخة المقالة منه.
   *[other] { $count } كيانات من هذه المقالة ليست في سجلّ الكيانات ({ $names }): تُستخدم نسخ المقالة منها.
}
notice-lookalikes = { $count ->
    [one] كيان واحد يشبه كيانًا في سجلّ الكيانات: { $pairs }. يبقيان منفصلين حتى تدمجهما.
   *[other] { $count } كيانات تشبه كيانات في سجلّ الكيانات: { $pairs }. تبقى منفصلة حتى تدمجها.
}
hover-not-in-registry = ليس في سجلّ الكيانات
lookalike-pair = { $entity } ≈ { $like }
suggestion-bar = اقتراح ({ $index } من { $count }): { $quote } إشارةً إلى { $name }
suggestion-count = { $count ->
    [one] اقتراح واحد من سجلّ الكيانات
   *[other] { $count } اقتراحات من سجلّ الكيانات
}
suggestion-tip = يقترحه سجلّ الكيانات: { $name }. ‏Enter للقبول، وR للرفض، و] و[ للتنقّل.
corpus-made = صار { $folder } مدوَّنةً: سجلّ كياناتها هو { $file }
registry-saved-merged = غيّر غيرُك سجلّ الكيانات في الأثناء: دُمجت تغييراته
err-no-suggestions = لا يقترح سجلّ الكيانات شيئًا في هذه المقالة
err-no-suggestion-current = انتقل إلى اقتراح أولًا (] أو F8)
action-registry = سجلّ الكيانات…
action-registry-tip = كل كيانات هذه المدوَّنة مع إشاراتها في المقالات: إعادة التسمية والأسماء البديلة والدمج
registry-title = سجلّ الكيانات
registry-none = هذه المقالة ليست في مدوَّنة: يُنشئ «اعتماد هذا المجلد مدوَّنةً» في قائمة «ملف» واحدة
registry-undo = التراجع عن تعديل السجلّ
registry-redo = إعادة تعديل السجلّ
registry-filter = تصفية بالاسم
registry-count = { $shown } من { $count } كيانًا
registry-row = { $name } · { $kind } · { $mentions } إشارة في { $articles } مقالة
registry-row-plain = { $name } · { $kind }
registry-name = الاسم المعتمد
registry-aliases = الأسماء البديلة (اسم في كل سطر)
registry-apply = تطبيق الأسماء
registry-merge-start = دمج كيان آخر في هذا الكيان…
registry-merge-pick = انقر الكيان المراد دمجه في { $name }
registry-merge-confirm = دمج { $absorbed } في { $survivor }
registry-merge-cancel = إلغاء
registry-edit-refused = لم يتغيّر السجلّ: { $reason }
