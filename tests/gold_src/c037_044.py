from mk import write
write("corporate-037",
    [("Rick Wilson", "person", "CEO", "KYN Capital Group"),
     ("Luke Chua", "person", "CEO", "BullionStar", {"note": "attribution line after the quote paragraph"})],
    [("direct", "Rick Wilson", "said", "This partnership merges cryptocurrency’s flexibility with the timeless stability of precious metals,"),
     ("direct", "Rick Wilson", "said", "By integrating KOINFOLD with BullionStar, we’re enabling users to hedge against inflation and volatility with secure, transparent access to physical bullion, driving significant revenue growth for our company."),
     ("direct", "Luke Chua", None, "Our vision from the onset is to make precious metals incredibly accessible, convenient, and available at great prices to everyone all over the world.")],
    title="KOINFOLD Pay 2.0 Integrates Precious Metals With BullionStar, Enabling Crypto-to-Gold Transactions",
    dateline={"location": "RANCHO CORDOVA, CA", "date": "2025-05-20"}, published="2025-05-20")
write("corporate-044",
    [("Tchernavia Sessum", "person", "Executive Director", "AIH Houston")],
    [("direct", "Tchernavia Sessum", "remarked", "We are thrilled to see the continued support from our community for the important work we do at AIH Houston,"),
     ("direct", "Tchernavia Sessum", None, "The Hope for Houston Ball is not just a fundraiser; it is a celebration of advocacy for individuals who deserve the same opportunities as everyone else."),
     ("direct", "Tchernavia Sessum", "shared", "We are grateful for the outpouring of support from our donors and sponsors,"),
     ("direct", "Tchernavia Sessum", None, "Their contributions will directly impact the lives of individuals with HIV, providing them with access to vital resources and opportunities for growth."),
     ("direct", "Tchernavia Sessum", "said", "Together, we are making a difference and building a brighter future for individuals with this disease,"),
     ("direct", "Tchernavia Sessum", "said", "The Hope for Houston Ball serves as a reminder that when we come together, we can create positive change and transform lives.")],
    title="Hope for Houston Ball Raises Funds to Support AIH Houston's Mission",
    dateline={"location": "Houston, Texas", "date": "2025-08-08"}, published="2025-08-08")
