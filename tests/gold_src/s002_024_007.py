from mk import write
write("senate-002",
    [("Jo Ann Emerson", "person", "Rep.", None, {"note": "'Rep. Jo Ann Emerson (MO-08) and Missouri Sens. Kit Bond and Jim Talent today announced that'"}),
     ("Kit Bond", "person", "Sen.", None),
     ("Jim Talent", "person", "Sen.", None),
     ("Tom Ridge", "person", "Secretary", "Department of Homeland Security")],
    [("indirect", "Jo Ann Emerson", "announced", "two Southern Missouri fire departments will receive funding from a Department of Homeland Security grant program", {"note": "joint announcement by the three members; the first named is the speaker"}),
     ("direct", "Jo Ann Emerson", "said", "Our firefighters come from all walks of life and serve every segment of society.In fact, many of these brave men and women are volunteers who generously serve their community in another occupation and then volunteer to help keep us safe and out of harm's way."),
     ("direct", "Jo Ann Emerson", "said", "However, many of those departments, especially those here in rural Missouri, operate on less than a shoe string budget and have needed new equipment and more training for a number of years. This much-needed funding will help fire departments meet these needs, ultimately helping to reduce deaths and injuries in our nation's fire service community."),
     ("direct", "Kit Bond", "said", "These funds will help local fire departments in Missouri have the equipment necessary to protect the citizens they so admirably serve,"),
     ("direct", "Kit Bond", "said", "It became even more clear after 9-11 that our first responders must have the resources they need to do their jobs safely."),
     ("direct", "Jim Talent", "said", "I am encouraged by the progress we have made in the Senate this year, and believe we will do even more to protect the American people from the threat of terrorism,"),
     ("direct", "Jim Talent", "said", "Missouri firefighters put their lives on the line to protect us. It is important that we provide our first responders with the training, equipment, and resources they need to do their jobs and protect our citizens. I appreciate the Administration for delivering this funding quickly to support first responders. I will continue working with Senator Bond and Representative Emerson to deliver even more funding for firefighters, law enforcement and emergency workers in Southeast Missouri."),
     ("direct", "Tom Ridge", "added", "One way the Department of Homeland Security is working to better protect the nation is by providing millions of dollars in direct support of the men and women who help protect our neighborhoods and communities.")],
    title="REP. EMERSON, SENS. BOND, TALENT ANNOUNCE FIRE GRANTS")
write("senate-024",
    [("Elizabeth Dole", "person", "Sen.", None),
     ("Bill Pully", "person", "President", "NCHA"),
     ("NCHA estimates", "organization", None, None, {"optional": True})],
    [("direct", "Elizabeth Dole", "said", "The proposed Medicaid rule change would present significant and costly challenges for North Carolina hospitals, to the detriment of not just Medicaid patients, but entire communities,"),
     ("direct", "Elizabeth Dole", "said", "With fewer federal matching dollars and no time to adequately plan for such a change, hospitals tell me they will have to reduce services, attempt greater cost-shifting, cut jobs, and possibly require their local government to raise taxes. I am proud to support our state's hospitals and the patients who rely on them, and I will continue my strongest efforts to extend this critical moratorium."),
     ("direct", "Bill Pully", "said", "Sen. Dole is consistently out front on issues concerning the health of people in our state,"),
     ("direct", "Bill Pully", "said", "Her efforts during the past year have helped ensure access to care for many in North Carolina who otherwise might have been forced to travel outside their communities to receive care. Without Sen. Dole's leadership and success, hospitals in our state would have faced not only a 20 percent cut in Medicaid funding but also, for some, uncertain futures. Sen. Dole's actions preserved many North Carolina health care jobs and protected most communities in our state from significant negative economic impacts."),
     ("direct", "Bill Pully", "said", "Many of our elected leaders have come to the aid of hospitals but few have taken as decisive, timely and productive action on hospitals' behalf as has Sen. Dole in the past year,"),
     ("direct", "Bill Pully", "said", "It is our pleasure to honor her as the first Hospital Champion."),
     ("indirect", "NCHA estimates", "According to", "health insurance premiums would increase by as much as four percent if the Medicaid regulation took effect and the hospitals are forced to pass the $330 million cost on to patients with health insurance", {"optional": True})],
    title="SEN. DOLE RECOGNIZED FOR WORK FOR NORTH CAROLINA HOSPITALS")
lines = open("/work/shared/corpus/dev/senate-007.txt", encoding="utf-8").read().split("\n")
qs = []
for l in lines[2:]:
    s = l.strip()
    if s.startswith('"'):
        s = s[1:].strip()
        if s.endswith('"'):
            s = s[:-1]
        qs.append(("direct", "Mitch McConnell", "delivered the following remarks", s))
qs.append(("indirect", "IRS", "warning", "unless they act before December, the tax returns of 50 million people-and $75 billion in tax refunds-will be delayed", {"optional": True, "note": "inside McConnell's quote"}))
qs.append(("indirect", None, "say", "it will be December before they do", {"optional": True, "note": "inside McConnell's quote"}))
write("senate-007",
    [("Mitch McConnell", "person", "U.S. Senate Republican Leader", None, {"note": "every paragraph of the speech is a quote continued across paragraphs"}),
     ("IRS", "organization", None, None, {"optional": True})],
    qs, title="SEN. MCCONNELL: END THE MIDDLE CLASS TAX HIKE")
print(len(qs))
