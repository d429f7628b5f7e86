from mk import write
write("corporate-055",
    [("Ljaucu‧Zingrur", "person", "Minister", "CIP", {"note": "'CIP Minister Ljaucu‧Zingrur'; 'the Minister', 'He' later"})],
    [("indirect", "Ljaucu‧Zingrur", "said", "cultural experiences often move people deeply, and that sound policy can turn that emotion into lasting institutions"),
     ("indirect", "Ljaucu‧Zingrur", "expressed hope", "this honor will be passed on, inspiring more talented citizens to join in advancing Indigenous affairs", {"optional": True}),
     ("indirect", "Ljaucu‧Zingrur", "expressed", "this cultural celebration is powerful proof that Indigenous culture is not only flourishing on Taiwan's own soil, but is also embracing the world with the utmost confidence and openness as it steps onto the international stage", {"optional": True})],
    title="The Ocean Connects Us All! Grand Opening of the \"Formosa-Hawaii Cultural Festival\" Marking the CIP’s 30th Anniversary, Taiwan Joins Hands with Hawaii to Bring Indigenous Culture to the World",
    dateline={"location": "TAIPEI, TAIWAN", "date": "2024-08-06"}, published="2024-08-06")
write("corporate-043",
    [("Brett Farmiloe", "person", "CEO", "Featured")],
    [("direct", "Brett Farmiloe", "shared", "InvestmentAdvice.io exemplifies the power of targeted, expert-driven content. It's a testament to the difference that deep, specialized knowledge can make in guiding individuals towards informed investment decisions.")],
    title="InvestmentAdvice.io Debuts: A Premier Destination for Insightful Investment Guidance",
    dateline={"location": "Scottsdale, AZ", "date": "2023-12-04"}, published="2023-12-04")
